package org.coopgraph.ingest;

import org.coopgraph.graph.WriteOutcome;

/**
 * Hears about each document as an ingest run goes, for progress display. Called on the ingesting thread.
 */
public interface IngestListener {

	IngestListener NONE = new IngestListener() {
	};

	default void started(int documents, long bytes) {
	}

	default void written(WriteOutcome outcome, long bytes) {
	}

	default void failed(String document, String reason, long bytes) {
	}

}
