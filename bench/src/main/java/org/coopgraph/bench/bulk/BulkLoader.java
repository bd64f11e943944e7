package org.coopgraph.bench.bulk;

import java.time.Duration;
import java.util.function.Function;

import org.coopgraph.graph.GraphSchema;
import org.neo4j.driver.Driver;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * coopgraph's bulk path: writes a whole {@link BulkGraph} into an empty database, every node group then every
 * relationship group, building the schema when {@link SchemaTiming} says, and times each phase. It writes in-process
 * when the database is embedded ({@link #inProcess}) and over Bolt otherwise ({@link #overBolt}); both store the same
 * graph. Not thread-safe; one load at a time.
 */
public final class BulkLoader {

	/**
	 * Writers unless told otherwise. One: on the 2-core benchmark machine two writers halved the Bolt rate and
	 * slowed the in-process one (22k against 28k relationships/s at 100k entities), as concurrent batches wait on
	 * each other's locks on shared endpoints (cities, departments, documents).
	 */
	public static final int DEFAULT_WRITERS = 1;

	/**
	 * Rows per transaction over Bolt unless told otherwise: large enough to amortise the commit, small enough for
	 * the heap.
	 */
	public static final int BOLT_BATCH_SIZE = 20_000;

	/**
	 * Rows per transaction in-process unless told otherwise. Measured at 100k entities on the shared 2-core machine:
	 * 20k to 50k rows ran alike, 5k rows somewhat slower, 100k rows at a third of the rate (with the heap at its
	 * largest: the transaction state of 100k relationships is held on the heap until commit).
	 */
	public static final int IN_PROCESS_BATCH_SIZE = 50_000;

	private final BulkSchema schema;

	private final Function<BulkGraph, BulkWriter> writers;

	private final SchemaTiming preferredTiming;

	private BulkLoader(BulkSchema schema, Function<BulkGraph, BulkWriter> writers, SchemaTiming preferredTiming) {
		this.schema = schema;
		this.writers = writers;
		this.preferredTiming = preferredTiming;
	}

	/**
	 * Loads through the embedded Java API of the database that runs in this JVM.
	 * @param batchSize rows per transaction
	 * @param writers transactions in flight at once; batches of one group run in parallel, the groups in order
	 */
	public static BulkLoader inProcess(GraphDatabaseService database, Driver driver, GraphSchema schema, int batchSize,
			int writers) {
		requirePositive(batchSize, writers);
		return new BulkLoader(new BulkSchema(driver, schema),
				(graph) -> new EmbeddedBulkWriter(database, graph, batchSize, writers), SchemaTiming.AFTER_DATA);
	}

	/**
	 * Loads over Bolt with {@code UNWIND} batches, for a database in another process.
	 * @param batchSize rows per transaction
	 * @param writers transactions in flight at once; batches of one group run in parallel, the groups in order
	 */
	public static BulkLoader overBolt(Driver driver, GraphSchema schema, int batchSize, int writers) {
		requirePositive(batchSize, writers);
		return new BulkLoader(new BulkSchema(driver, schema),
				(graph) -> new CypherBulkWriter(driver, batchSize, writers), SchemaTiming.BEFORE);
	}

	private static void requirePositive(int batchSize, int writers) {
		if (batchSize < 1 || writers < 1) {
			throw new IllegalArgumentException("batch size and writers must be positive, got " + batchSize + " and "
					+ writers);
		}
	}

	/**
	 * The fastest schema timing of this path as measured at 100k entities: in-process, indexes after all the data
	 * (about half the time of indexes before it, index population included); over Bolt, indexes before the data.
	 */
	public SchemaTiming preferredTiming() {
		return this.preferredTiming;
	}

	/**
	 * Loads {@code graph} into the database, which must hold no node.
	 * @throws IllegalStateException when the database is not empty
	 * @throws IllegalArgumentException when {@code timing} is {@link SchemaTiming#AFTER_DATA} but this loader finds
	 * relationship endpoints through the schema's indexes
	 */
	public BulkLoadReport load(BulkGraph graph, SchemaTiming timing, BulkProgress progress) {
		BulkWriter writer = this.writers.apply(graph);
		if (timing == SchemaTiming.AFTER_DATA && writer.findsEndpointsByIndex()) {
			throw new IllegalArgumentException("The Bolt bulk path needs the key constraints before relationships; "
					+ "use " + SchemaTiming.BEFORE + " or " + SchemaTiming.AFTER_NODES);
		}
		if (!this.schema.databaseIsEmpty()) {
			throw new IllegalStateException("The bulk path only loads into an empty database; this one has nodes");
		}
		// AFTER_DATA writes with no index at all, not even the token lookup indexes: their updates took about a
		// seventh of the in-process relationship time (profiled at 100k entities).
		long indexNanos = timed((timing == SchemaTiming.BEFORE) ? this.schema::applyToEmpty
				: () -> this.schema.drop(timing == SchemaTiming.AFTER_DATA));
		long start = System.nanoTime();
		int batches = 0;
		for (NodeGroup group : graph.nodeGroups()) {
			batches += writer.writeNodes(group);
			progress.loaded(String.join(":", group.labels()), group.size());
		}
		long nodeNanos = System.nanoTime() - start;
		if (timing == SchemaTiming.AFTER_NODES) {
			indexNanos += timed(this.schema::buildOverData);
		}
		start = System.nanoTime();
		for (RelationshipGroup group : graph.relationshipGroups()) {
			batches += writer.writeRelationships(group);
			progress.loaded(group.type(), group.size());
		}
		long relationshipNanos = System.nanoTime() - start;
		if (timing == SchemaTiming.AFTER_DATA) {
			indexNanos += timed(this.schema::buildOverData);
		}
		return new BulkLoadReport(graph.nodeCount(), graph.relationshipCount(), Duration.ofNanos(nodeNanos),
				Duration.ofNanos(indexNanos), Duration.ofNanos(relationshipNanos), batches);
	}

	private static long timed(Runnable phase) {
		long start = System.nanoTime();
		phase.run();
		return System.nanoTime() - start;
	}

}
