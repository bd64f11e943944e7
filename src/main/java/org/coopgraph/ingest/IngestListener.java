package org.coopgraph.ingest;

import org.coopgraph.graph.WriteOutcome;

/**
 * Hears about each document as an ingest run goes, for progress display. Every method is called on the ingesting
 * thread, {@link #written} after the document's transaction committed (or, in a dry run, rolled back).
 */
public interface IngestListener {

	IngestListener NONE = new IngestListener() {
	};

	/** Before the first document: how many documents and bytes the run will read. */
	default void started(int documents, long bytes) {
	}

	default void written(WriteOutcome outcome, long bytes) {
	}

	default void failed(String document, String reason, long bytes) {
	}

	/** Right after {@link #written}, for a document stored without the sections the extractor could not read. */
	default void partlyExtracted(String document, String reason) {
	}

	/** After the last document, or after the run stopped early. */
	default void finished(IngestReport report) {
	}

}
