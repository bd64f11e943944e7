package org.coopgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.coopgraph.graph.backup.BackupSummary;
import org.coopgraph.graph.backup.GraphRestore;
import org.coopgraph.graph.backup.InvalidBackupException;
import org.neo4j.graphdb.GraphDatabaseService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code coopgraph restore FILE}: rebuilds the graph of a backup in the data folder, which must be empty (or missing)
 * unless {@code --replace} is given, and which no process may be using. The file is verified completely first; the
 * database is then built in a folder beside the data folder and moved into place only when it is complete, so a
 * damaged backup or a failed restore leaves the data folder as it was.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
		description = { "Restore a backup into an empty or missing data folder.",
				"--replace replaces what the folder holds. Stop the server of the folder first." })
class RestoreCommand extends DatabaseCommand {

	/** The lock Neo4j holds in its home while a process has the database open. */
	private static final Path STORE_LOCK = Path.of("data", "databases", "store_lock");

	@Parameters(index = "0", paramLabel = "FILE", description = "A file written by coopgraph backup.")
	Path file;

	@Option(names = "--replace", description = "Replace the graph the data folder holds (deleted once the restore is "
			+ "complete).")
	boolean replace;

	private Path staging;

	@Override
	public Integer call() {
		long started = System.nanoTime();
		Path home = dataDir().toAbsolutePath().normalize();
		Optional<String> refusal = refusal(home);
		if (refusal.isPresent()) {
			this.spec.commandLine().getErr().println("coopgraph: " + refusal.get());
			return ExitCodes.REFUSED;
		}
		BackupSummary summary;
		try {
			summary = GraphRestore.verify(this.file);
		}
		catch (InvalidBackupException ex) {
			this.spec.commandLine().getErr().println("coopgraph: " + ex.getMessage() + "; nothing was restored");
			return ExitCodes.INVALID_BACKUP;
		}
		this.staging = home.resolveSibling(home.getFileName() + ".restoring");
		try {
			deleteTree(this.staging);
			int exit = super.call();
			if (exit == ExitCodes.OK) {
				moveIntoPlace(home);
				this.spec.commandLine()
					.getOut()
					.printf("Restored %,d nodes and %,d relationships into %s in %.1f s%n", summary.nodes(),
							summary.relationships(), home, (System.nanoTime() - started) / 1e9);
			}
			return exit;
		}
		finally {
			deleteTree(this.staging);
		}
	}

	/**
	 * Builds the restored database in the staging folder: the settings, with the data folder replaced (Spring would
	 * join two values of one setting, not take the last).
	 */
	@Override
	List<String> databaseSettings() {
		List<String> settings = new ArrayList<>(this.settings);
		settings.removeIf((setting) -> setting.startsWith(DATA_DIR));
		settings.add(DATA_DIR + this.staging);
		return settings;
	}

	@Override
	int run(ConfigurableApplicationContext context, PrintWriter out) {
		new GraphRestore(context.getBean(GraphDatabaseService.class)).restore(this.file);
		return ExitCodes.OK;
	}

	/** Why the data folder may not be restored into; empty when it may. */
	private Optional<String> refusal(Path home) {
		Optional<IngestServer> server = announcedServer().filter(IngestServer::answers);
		if (server.isPresent()) {
			return Optional.of("a coopgraph server at %s serves %s; stop it before restoring into its data folder"
				.formatted(server.get().url(), home));
		}
		if (inUse(home)) {
			return Optional
				.of("the database in %s is in use by another process; stop it before restoring".formatted(home));
		}
		if (!this.replace && holdsData(home)) {
			return Optional.of(("%s is not empty: restore into an empty or new folder (--coopgraph.data-dir=...), "
					+ "or pass --replace to replace what it holds").formatted(home));
		}
		return Optional.empty();
	}

	private static boolean holdsData(Path home) {
		if (!Files.isDirectory(home)) {
			return Files.exists(home);
		}
		try (Stream<Path> entries = Files.list(home)) {
			return entries.findAny().isPresent();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the data folder " + home + ": " + ex.getMessage(), ex);
		}
	}

	private static boolean inUse(Path home) {
		Path lock = home.resolve(STORE_LOCK);
		if (!Files.isRegularFile(lock)) {
			return false;
		}
		try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE);
				FileLock held = channel.tryLock()) {
			return held == null;
		}
		catch (OverlappingFileLockException ex) {
			return true;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot check whether " + home + " is in use: " + ex.getMessage(), ex);
		}
	}

	/** Puts the staged database where the data folder is, after moving away (then deleting) what that held. */
	private void moveIntoPlace(Path home) {
		Path replaced = home.resolveSibling(home.getFileName() + ".replaced");
		try {
			deleteTree(replaced);
			if (Files.exists(home)) {
				Files.move(home, replaced);
			}
			Files.move(this.staging, home);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot move the restored database into %s (the previous contents, if any, "
					+ "are in %s): %s".formatted(home, replaced, ex.getMessage()), ex);
		}
		deleteTree(replaced);
	}

	private static void deleteTree(Path folder) {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot delete " + folder + ": " + ex.getMessage(), ex);
		}
	}

}
