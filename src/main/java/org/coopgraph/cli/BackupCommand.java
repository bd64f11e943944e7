package org.coopgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import org.coopgraph.graph.backup.BackupSummary;
import org.coopgraph.graph.backup.GraphBackup;
import org.coopgraph.graph.backup.GraphRestore;
import org.coopgraph.graph.backup.InvalidBackupException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code coopgraph backup FILE}: writes a consistent backup of the graph. While a server serves the data folder (its
 * {@code server.json}), the server takes the backup and sends it; otherwise the command opens the database itself.
 * The file is written beside its target and moved into place only once it has been read back and verified, so FILE
 * is never a partial backup.
 */
@Command(name = "backup", mixinStandardHelpOptions = true,
		description = { "Back up the graph (nodes, relationships, properties, schema) into one file.",
				"Taken by the running server of the data folder or, with none, from the database directly." })
class BackupCommand extends DatabaseCommand {

	@Parameters(index = "0", paramLabel = "FILE", description = "The backup file to write (replaced if it exists).")
	Path file;

	private Path partial;

	@Override
	public Integer call() {
		PrintWriter out = this.spec.commandLine().getOut();
		long started = System.nanoTime();
		Path target = this.file.toAbsolutePath().normalize();
		this.partial = target.resolveSibling(target.getFileName() + ".partial");
		try {
			Optional<IngestServer> server = localServer(null);
			if (server.isPresent()) {
				out.printf("Taking the backup from the server at %s%n", server.get().url());
				server.get().backup(this.partial);
			}
			else {
				int exit = super.call();
				if (exit != ExitCodes.OK) {
					return exit;
				}
			}
			BackupSummary summary = GraphRestore.verify(this.partial);
			Files.move(this.partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			out.printf("Backed up %,d nodes and %,d relationships to %s (%,d bytes, sha256 %s) in %.1f s%n",
					summary.nodes(), summary.relationships(), target, Files.size(target), summary.sha256(),
					(System.nanoTime() - started) / 1e9);
			return ExitCodes.OK;
		}
		catch (IngestServer.Refused ex) {
			this.spec.commandLine().getErr().println("coopgraph: " + ex.getMessage());
			return ex.exitCode();
		}
		catch (InvalidBackupException ex) {
			this.spec.commandLine().getErr().println("coopgraph: the backup taken is incomplete: " + ex.getMessage());
			return ExitCodes.SOFTWARE;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the backup to " + target + ": " + ex.getMessage(), ex);
		}
		finally {
			deleteQuietly(this.partial);
		}
	}

	@Override
	int run(ConfigurableApplicationContext context, PrintWriter out) {
		try (OutputStream stream = Files.newOutputStream(this.partial)) {
			context.getBean(GraphBackup.class).write(stream);
			return ExitCodes.OK;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + this.partial + ": " + ex.getMessage(), ex);
		}
	}

	private static void deleteQuietly(Path path) {
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException ex) {
			// Only a leftover beside the backup; the command's outcome stands.
		}
	}

}
