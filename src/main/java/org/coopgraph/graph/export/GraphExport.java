package org.coopgraph.graph.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.coopgraph.graph.WriteTransactions;

import org.springframework.stereotype.Component;

/**
 * Exports the whole graph to a folder, as CSV for loading into another Neo4j ({@link ExportFormat#CSV}), as the
 * extractions in the annotation format ({@link ExportFormat#JSONL}), or as the funding and pairing panel for
 * statistics packages ({@link ExportFormat#PANEL}). Reads only; each file is read in its own read
 * transaction, so an export taken while documents are being ingested sees each file consistently but the files may
 * differ by the documents committed in between. Thread-safe.
 */
@Component
public class GraphExport {

	private final WriteTransactions transactions;

	public GraphExport(WriteTransactions transactions) {
		this.transactions = transactions;
	}

	/**
	 * Writes the export into {@code folder}, creating it if needed and replacing files of the same names.
	 * @throws UncheckedIOException if the folder cannot be created or written
	 * @throws org.coopgraph.graph.GraphStoreException when the database is unavailable or times out
	 */
	public ExportResult export(ExportFormat format, Path folder) {
		try {
			Files.createDirectories(folder);
			return switch (format) {
				case CSV -> CsvExport.write(this.transactions, folder);
				case JSONL -> ExtractionLines.write(this.transactions, folder);
				case PANEL -> PanelExport.write(this.transactions, folder);
			};
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the export to " + folder + ": " + ex.getMessage(), ex);
		}
	}

}
