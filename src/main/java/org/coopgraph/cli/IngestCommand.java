package org.coopgraph.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.coopgraph.ingest.IngestJob;
import org.coopgraph.ingest.IngestReport;
import org.coopgraph.ingest.IngestRun;
import org.coopgraph.ingest.read.DocumentReaders;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code coopgraph ingest PATH...}: reads files and folders (recursively), extracts their facts and stores them, one
 * transaction per document, showing progress, then prints a summary. When a server serves the data folder (it names
 * itself in the folder's {@code server.json}) or {@code --server} names one, the documents go to that server, which
 * stores them while it serves; otherwise the command opens the database itself. A server that refuses the token
 * exits with {@link ExitCodes#UNAUTHORIZED}, one that does not answer with {@link ExitCodes#STORE_UNAVAILABLE}. Exits with {@link ExitCodes#PARTIAL} when any
 * document failed or was stored partly extracted (each is listed with its reason) and {@link ExitCodes#STORE_UNAVAILABLE} when the database went
 * away mid-run.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
		description = "Ingest documents (files or folders, recursively): new and changed ones are stored, "
				+ "unchanged ones skipped.")
class IngestCommand extends DatabaseCommand {

	@Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to ingest.")
	List<Path> paths;

	@Option(names = "--dry-run", description = "Show what would change without storing anything.")
	boolean dryRun;

	@Option(names = "--progress", paramLabel = "STYLE", defaultValue = "AUTO",
			description = "How to show progress: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; "
					+ "AUTO draws a bar on a terminal and logs one line per document otherwise).")
	ProgressStyle progress;

	@Option(names = "--workers", paramLabel = "N",
			description = "Documents read and extracted at once, while one is written (default: one per core, "
					+ "at least 2).")
	int workers = IngestJob.DEFAULT_WORKERS;

	@Option(names = "--server", paramLabel = "URL",
			description = "Send the documents to the coopgraph server at URL (default: the server of the data "
					+ "folder, when one runs; else the database is opened here).")
	URI server;

	@Option(names = "--token", paramLabel = "TOKEN",
			description = "API token (coopgraph.api.token) of the server (default: $COOPGRAPH_API_TOKEN, else the "
					+ "token a local server leaves in its data folder).")
	String token;

	@Override
	public Integer call() {
		PrintWriter out = this.spec.commandLine().getOut();
		Optional<IngestServer> target;
		try {
			target = server();
		}
		catch (IngestServer.Refused ex) {
			this.spec.commandLine().getErr().println("coopgraph: " + ex.getMessage());
			return ex.exitCode();
		}
		if (target.isEmpty()) {
			return super.call();
		}
		out.printf("Sending to the server at %s%n", target.get().url());
		IngestReport report = IngestRun.run(new DocumentReaders().collect(this.paths), this.dryRun, this.workers,
				this.progress.listener(out, this.dryRun), target.get());
		new IngestSummary(report).print(out);
		return exitCode(report);
	}

	/** The server to send to, checked; empty to open the database here. */
	private Optional<IngestServer> server() throws IngestServer.Refused {
		String given = (this.token != null) ? this.token : System.getenv("COOPGRAPH_API_TOKEN");
		if (this.server != null) {
			Optional<IngestServer> local = announcedServer();
			IngestServer explicit = IngestServer.at(this.server, given);
			if (given == null && local.isPresent() && local.get().url().equals(explicit.url())) {
				explicit = local.get();
			}
			explicit.check();
			return Optional.of(explicit);
		}
		return localServer(given);
	}

	@Override
	int run(ConfigurableApplicationContext context, PrintWriter out) {
		IngestReport report = context.getBean(IngestJob.class)
			.run(this.paths, this.dryRun, this.workers, this.progress.listener(out, this.dryRun));
		new IngestSummary(report).print(out);
		return exitCode(report);
	}

	static int exitCode(IngestReport report) {
		if (report.aborted() != null) {
			return ExitCodes.STORE_UNAVAILABLE;
		}
		return (report.failures().isEmpty() && report.partlyExtracted().isEmpty()) ? ExitCodes.OK
				: ExitCodes.PARTIAL;
	}

}
