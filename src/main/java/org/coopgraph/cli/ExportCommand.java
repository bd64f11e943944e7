package org.coopgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.coopgraph.graph.export.ExportFormat;
import org.coopgraph.graph.export.ExportResult;
import org.coopgraph.graph.export.GraphExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code coopgraph export --format csv|jsonl|panel OUTDIR}: writes the graph as neo4j-admin import CSV files plus a
 * {@code load.cypher} that loads them with {@code LOAD CSV}, as one JSON line per document in the annotation
 * format, or as the funding and pairing panel (funding.csv, pairings.csv). Lists each file written with its row count.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
		description = "Export the graph: CSV (neo4j-admin import format, plus load.cypher for LOAD CSV), JSON Lines"
				+ " of the extractions, one document per line, in the annotation format, or the panel: funding.csv"
				+ " (per funder, recipient and year) and pairings.csv (per pair), for pandas, R or Stata.")
class ExportCommand extends DatabaseCommand {

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "CSV", description = "csv, jsonl or panel (default: csv).")
	ExportFormat format;

	@Parameters(index = "0", paramLabel = "OUTDIR", description = "Folder to write into (created if missing).")
	Path outDir;

	@Override
	int run(ConfigurableApplicationContext context, PrintWriter out) {
		ExportResult result = context.getBean(GraphExport.class).export(this.format, this.outDir);
		for (ExportResult.ExportedFile file : result.files()) {
			out.printf("wrote %s%s%n", file.path(), file.path().toString().endsWith(".cypher") ? ""
					: " (%,d %s)".formatted(file.rows(), this.format == ExportFormat.JSONL ? "documents" : "rows"));
		}
		return ExitCodes.OK;
	}

}
