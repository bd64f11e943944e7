package org.coopgraph.ingest;

import org.coopgraph.graph.WriteOutcome;

/**
 * What happened to one document on a worker, handed back to the thread that reports: its outcome (with
 * {@code reason} when the document was stored partly extracted), or why it failed, or that the database went away;
 * with its size and the nanoseconds spent in each {@link IngestStage}. Immutable once handed over. A server that
 * ingests a document sent to it answers with this record as JSON.
 */
public record DocumentResult(String document, WriteOutcome outcome, String reason, boolean storeGone, long bytes,
		long[] nanos) {

	public static DocumentResult written(WriteOutcome outcome, long bytes, long[] nanos) {
		return new DocumentResult(outcome.document(), outcome, null, false, bytes, nanos);
	}

	public static DocumentResult partlyExtracted(WriteOutcome outcome, String reason, long bytes, long[] nanos) {
		return new DocumentResult(outcome.document(), outcome, reason, false, bytes, nanos);
	}

	public static DocumentResult failed(String document, String reason, long bytes, long[] nanos) {
		return new DocumentResult(document, null, reason, false, bytes, nanos);
	}

	public static DocumentResult storeGone(String document, String reason, long bytes, long[] nanos) {
		return new DocumentResult(document, null, reason, true, bytes, nanos);
	}

}
