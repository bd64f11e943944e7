package org.coopgraph.ingest;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.coopgraph.graph.WriteOutcome.Change;

/**
 * The outcome of one ingest run: how many documents were new, changed, unchanged or failed, how many entities,
 * relations and tasks were added, updated and removed, and each failure with its reason. A document stored with
 * some sections the extractor could not read is counted as new, changed or unchanged and also listed in
 * {@code partlyExtracted} with the reason; one of which no section could be read is a failure. For a dry run the counts
 * are what a real run would have done at that moment. {@code stages} says where the time went (reading files,
 * extracting, writing to the graph), summed over the workers, so it can exceed {@code elapsed}. A run that stopped early ({@code aborted}) names why. Immutable.
 */
public record IngestReport(boolean dryRun, int newDocuments, int changedDocuments, int unchangedDocuments,
		List<Failure> failures, List<Failure> partlyExtracted, Change entities, Change relations, Change tasks, long bytes, Duration elapsed,
		Map<IngestStage, Duration> stages, String aborted) {

	public IngestReport {
		failures = List.copyOf(failures);
		partlyExtracted = List.copyOf(partlyExtracted);
		stages = Map.copyOf(stages);
	}

	/** Time spent in {@code stage}, zero if none. */
	public Duration time(IngestStage stage) {
		return this.stages.getOrDefault(stage, Duration.ZERO);
	}

	/** Documents looked at, including those that failed. */
	public int documents() {
		return this.newDocuments + this.changedDocuments + this.unchangedDocuments + this.failures.size();
	}

	public boolean complete() {
		return this.failures.isEmpty() && this.partlyExtracted.isEmpty() && this.aborted == null;
	}

	/** A document that could not be ingested, or not completely, and why. */
	public record Failure(String document, String reason) {

	}

}
