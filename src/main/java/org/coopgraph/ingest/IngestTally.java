package org.coopgraph.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.coopgraph.graph.WriteOutcome;
import org.coopgraph.graph.WriteOutcome.Change;

/**
 * Running totals of one ingest run, turned into an {@link IngestReport} at the end. Not thread-safe: one per run.
 */
final class IngestTally {

	private final boolean dryRun;

	private int created;

	private int changed;

	private int unchanged;

	private Change entities = Change.NONE;

	private Change relations = Change.NONE;

	private Change tasks = Change.NONE;

	// In a dry run every document's transaction is rolled back, so an entity new to the graph is "created" by each
	// document that mentions it: count it once.
	private final Set<String> dryRunEntities = new HashSet<>();

	private long bytes;

	private String aborted;

	private final long[] stageNanos = new long[IngestStage.values().length];

	private final List<IngestReport.Failure> failures = new ArrayList<>();

	private final List<IngestReport.Failure> partlyExtracted = new ArrayList<>();

	IngestTally(boolean dryRun) {
		this.dryRun = dryRun;
	}

	void add(WriteOutcome outcome, long size) {
		this.bytes += size;
		switch (outcome.status()) {
			case NEW -> this.created++;
			case CHANGED -> this.changed++;
			case UNCHANGED, REMOVED -> this.unchanged++;
		}
		Change entityChange = outcome.entityChanges();
		if (this.dryRun) {
			int firstSeen = (int) outcome.createdEntities().stream().filter(this.dryRunEntities::add).count();
			entityChange = new Change(firstSeen, entityChange.updated(), entityChange.removed());
		}
		this.entities = this.entities.plus(entityChange);
		this.relations = this.relations.plus(outcome.relationChanges());
		this.tasks = this.tasks.plus(outcome.taskChanges());
	}

	void fail(String document, String reason, long size) {
		this.bytes += size;
		this.failures.add(new IngestReport.Failure(document, reason));
	}

	void partlyExtracted(String document, String reason) {
		this.partlyExtracted.add(new IngestReport.Failure(document, reason));
	}

	void time(IngestStage stage, long nanos) {
		this.stageNanos[stage.ordinal()] += nanos;
	}

	void abort(String reason) {
		if (this.aborted == null) {
			this.aborted = reason;
		}
	}

	boolean aborted() {
		return this.aborted != null;
	}

	/** Documents looked at so far, including those that failed. */
	int documents() {
		return this.created + this.changed + this.unchanged + this.failures.size();
	}

	/** Says, in the reason a stopped run gives, how many documents it never reached. */
	void notReached(int documents) {
		if (this.aborted != null && documents > 0) {
			this.aborted += "; %d document(s) not reached".formatted(documents);
		}
	}

	IngestReport report(Duration elapsed) {
		Map<IngestStage, Duration> stages = new EnumMap<>(IngestStage.class);
		for (IngestStage stage : IngestStage.values()) {
			stages.put(stage, Duration.ofNanos(this.stageNanos[stage.ordinal()]));
		}
		return new IngestReport(this.dryRun, this.created, this.changed, this.unchanged, this.failures,
				this.partlyExtracted, this.entities, this.relations, this.tasks, this.bytes, elapsed, stages,
				this.aborted);
	}

}
