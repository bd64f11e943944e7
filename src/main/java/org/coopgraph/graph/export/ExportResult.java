package org.coopgraph.graph.export;

import java.nio.file.Path;
import java.util.List;

/** The files an export wrote and how many rows (CSV) or lines (JSON Lines) each holds; 0 for {@code load.cypher}. */
public record ExportResult(List<ExportedFile> files) {

	public ExportResult {
		files = List.copyOf(files);
	}

	/** One written file. */
	public record ExportedFile(Path path, long rows) {

	}

}
