package org.coopgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import org.coopgraph.ingest.IngestJob;
import org.coopgraph.ingest.IngestReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code coopgraph ingest PATH...}: reads files and folders (recursively), extracts their facts and stores them, one
 * transaction per document, showing progress, then prints a summary. Exits with {@link ExitCodes#PARTIAL} when any
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

	@Option(names = "--workers", paramLabel = "N", defaultValue = "" + IngestJob.DEFAULT_WORKERS,
			description = "Documents read and extracted at once, while one is written (default: ${DEFAULT-VALUE}).")
	int workers;

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
