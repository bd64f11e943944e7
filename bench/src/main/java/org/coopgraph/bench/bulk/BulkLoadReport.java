package org.coopgraph.bench.bulk;

import java.time.Duration;

/**
 * What one bulk load wrote and how long each phase took.
 *
 * @param nodes nodes created
 * @param relationships relationships created
 * @param nodeTime time spent creating nodes
 * @param indexTime time spent building the schema's indexes and constraints
 * @param relationshipTime time spent creating relationships
 * @param batches transactions committed
 */
public record BulkLoadReport(long nodes, long relationships, Duration nodeTime, Duration indexTime,
		Duration relationshipTime, int batches) {

	public Duration total() {
		return this.nodeTime.plus(this.indexTime).plus(this.relationshipTime);
	}

	/** Relationships created per second of relationship-creating time. */
	public double relationshipsPerSecond() {
		return this.relationships / seconds(this.relationshipTime);
	}

	/** Nodes created per second of node-creating time. */
	public double nodesPerSecond() {
		return this.nodes / seconds(this.nodeTime);
	}

	private static double seconds(Duration duration) {
		return Math.max(duration.toNanos(), 1) / 1e9;
	}

}
