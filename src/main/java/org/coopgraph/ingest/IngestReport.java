package org.coopgraph.ingest;

import java.time.Duration;
import java.util.List;

/**
 * The outcome of one ingest run: how many documents were new, changed, unchanged or failed, what was added and
 * removed, and each failure with its reason. A run that stopped early ({@code aborted}) names why.
 */
public record IngestReport(int newDocuments, int changedDocuments, int unchangedDocuments, List<Failure> failures,
		int entities, int relations, int tasks, int removedRelations, int removedTasks, long bytes, Duration elapsed,
		String aborted) {

	public IngestReport {
		failures = List.copyOf(failures);
	}

	public int documents() {
		return this.newDocuments + this.changedDocuments + this.unchangedDocuments + this.failures.size();
	}

	public boolean complete() {
		return this.failures.isEmpty() && this.aborted == null;
	}

	/** A document that could not be ingested, and why. */
	public record Failure(String document, String reason) {

	}

}
