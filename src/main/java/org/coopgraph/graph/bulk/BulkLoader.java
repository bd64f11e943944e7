package org.coopgraph.graph.bulk;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import org.coopgraph.graph.GraphSchema;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * coopgraph's bulk path: writes a whole {@link BulkGraph} into an empty database with large parameterised
 * {@code UNWIND} batches, one transaction per batch, grouped by label set and relationship type. Because the target
 * is empty, it creates instead of merging, which spares an index lookup per row. Relationship endpoints are found by
 * their {@code key} through the schema's uniqueness constraints. Not thread-safe; one load at a time.
 */
public final class BulkLoader {

	/**
	 * Writers unless told otherwise. One: two writers on the 2-core benchmark machine halved the rate, as concurrent
	 * batches wait on each other's locks on shared endpoints (cities, departments, documents).
	 */
	public static final int DEFAULT_WRITERS = 1;

	/** Rows per transaction unless told otherwise: large enough to amortise the commit, small enough for the heap. */
	public static final int DEFAULT_BATCH_SIZE = 20_000;

	private static final String ANY_NODE = """
			MATCH (n) RETURN n LIMIT 1""";

	private static final String CREATE_NODES = """
			UNWIND $rows AS row
			CREATE (n)
			SET n = row
			SET n:$($labels)""";

	// Properties are listed rather than set from the row's map: SET r = map makes the planner add an Eager
	// barrier, which buffers the whole batch before writing. Absent (null) properties are simply not stored.
	private static final String ENTITY_TO_ENTITY = """
			UNWIND $rows AS row
			MATCH (a:Entity {key: row.from})
			MATCH (b:Entity {key: row.to})
			CREATE (a)-[:$($type) {document: row.props.document, evidence: row.props.evidence, start: row.props.start,
			                       end: row.props.end, rule: row.props.rule, amountCny: row.props.amountCny}]->(b)""";

	private static final String ENTITY_TO_TASK = """
			UNWIND $rows AS row
			MATCH (a:Entity {key: row.from})
			MATCH (b:Task {key: row.to})
			CREATE (a)-[:$($type) {document: row.props.document, evidence: row.props.evidence, start: row.props.start,
			                       end: row.props.end, rule: row.props.rule}]->(b)""";

	private static final String DOCUMENT_TO_ENTITY = """
			UNWIND $rows AS row
			MATCH (a:Document {key: row.from})
			MATCH (b:Entity {key: row.to})
			CREATE (a)-[:$($type) {aliases: row.props.aliases}]->(b)""";

	private static final String DOCUMENT_TO_TASK = """
			UNWIND $rows AS row
			MATCH (a:Document {key: row.from})
			MATCH (b:Task {key: row.to})
			CREATE (a)-[:$($type)]->(b)""";

	private static final String CONSTRAINTS = """
			SHOW CONSTRAINTS YIELD name""";

	// Constraint-backed indexes go with their constraints; the token lookup indexes stay, as in a new database.
	private static final String INDEXES = """
			SHOW INDEXES YIELD name, type, owningConstraint WHERE type <> 'LOOKUP' AND owningConstraint IS NULL""";

	private static final String AWAIT_INDEXES = """
			CALL db.awaitIndexes($seconds)""";

	private static final String KEY_CONSTRAINTS_ONLINE = """
			SHOW CONSTRAINTS YIELD name WHERE name IN ['entity_key', 'task_key', 'document_key'] RETURN count(*) AS n""";

	private static final String FAILED_INDEXES = """
			SHOW INDEXES YIELD name, state WHERE state = 'FAILED' RETURN name""";

	/** How long a bulk load waits for its indexes: a million-node full-text index takes minutes, not seconds. */
	private static final int INDEX_WAIT_SECONDS = 3_600;

	private final Driver driver;

	private final GraphSchema schema;

	private final int batchSize;

	private final int writerCount;

	private ExecutorService writers;

	/**
	 * @param batchSize rows per transaction
	 * @param writers transactions in flight at once; batches of one group run in parallel, the groups in order
	 */
	public BulkLoader(Driver driver, GraphSchema schema, int batchSize, int writers) {
		if (batchSize < 1 || writers < 1) {
			throw new IllegalArgumentException("batch size and writers must be positive, got " + batchSize + " and "
					+ writers);
		}
		this.driver = driver;
		this.schema = schema;
		this.batchSize = batchSize;
		this.writerCount = writers;
	}

	/**
	 * Loads {@code graph} into the database, which must hold no node.
	 * @throws IllegalStateException when the database is not empty
	 */
	public BulkLoadReport load(BulkGraph graph, SchemaTiming timing, BulkProgress progress) {
		try (ExecutorService pool = Executors.newFixedThreadPool(this.writerCount)) {
			this.writers = pool;
			return loadWith(graph, timing, progress);
		}
		finally {
			this.writers = null;
		}
	}

	private BulkLoadReport loadWith(BulkGraph graph, SchemaTiming timing, BulkProgress progress) {
		try (Session session = this.driver.session()) {
			if (!session.run(ANY_NODE).list().isEmpty()) {
				throw new IllegalStateException("The bulk path only loads into an empty database; this one has nodes");
			}
		}
		long indexStart = System.nanoTime();
		if (timing == SchemaTiming.AFTER_NODES) {
			dropSchema();
		}
		else {
			this.schema.apply();
		}
		long indexNanos = System.nanoTime() - indexStart;
		int batches = 0;
		long nodes = 0;
		long start = System.nanoTime();
		for (NodeGroup group : graph.nodeGroups()) {
			batches += write(CREATE_NODES, Map.of("labels", group.labels()), group.size(), group.row());
			nodes += group.size();
			progress.loaded(String.join(":", group.labels()), group.size());
		}
		long nodeNanos = System.nanoTime() - start;
		if (timing == SchemaTiming.AFTER_NODES) {
			start = System.nanoTime();
			buildSchema();
			indexNanos += System.nanoTime() - start;
		}
		long relationships = 0;
		start = System.nanoTime();
		for (RelationshipGroup group : graph.relationshipGroups()) {
			batches += write(statement(group.from(), group.to()), Map.of("type", group.type()), group.size(),
					group.row());
			relationships += group.size();
			progress.loaded(group.type(), group.size());
		}
		long relationshipNanos = System.nanoTime() - start;
		return new BulkLoadReport(nodes, relationships, Duration.ofNanos(nodeNanos), Duration.ofNanos(indexNanos),
				Duration.ofNanos(relationshipNanos), batches);
	}

	/** The statement that creates relationships between the given kinds of node. */
	static String statement(Endpoint from, Endpoint to) {
		return switch (from) {
			case ENTITY -> (to == Endpoint.TASK) ? ENTITY_TO_TASK : ENTITY_TO_ENTITY;
			case DOCUMENT -> (to == Endpoint.TASK) ? DOCUMENT_TO_TASK : DOCUMENT_TO_ENTITY;
			case TASK -> throw new IllegalArgumentException("no relationship starts at a task");
		};
	}

	private int write(String statement, Map<String, Object> fixed, int size, IntFunction<Map<String, Object>> row) {
		List<Callable<Void>> batches = new ArrayList<>();
		for (int from = 0; from < size; from += this.batchSize) {
			int first = from;
			int end = Math.min(size, from + this.batchSize);
			batches.add(() -> {
				List<Map<String, Object>> rows = new ArrayList<>(end - first);
				for (int i = first; i < end; i++) {
					rows.add(row.apply(i));
				}
				Map<String, Object> parameters = new HashMap<>(fixed);
				parameters.put("rows", rows);
				try (Session session = this.driver.session()) {
					// A deadlock between writers is a transient error: executeWrite retries the batch.
					session.executeWrite((tx) -> tx.run(statement, parameters).consume());
				}
				return null;
			});
		}
		try {
			for (Future<Void> done : this.writers.invokeAll(batches)) {
				done.get();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("bulk load interrupted", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			throw new IllegalStateException(ex.getCause());
		}
		return batches.size();
	}

	/**
	 * Builds the schema over the nodes already written and waits until every index is online, so that relationship
	 * writes neither compete with index population nor are charged for it.
	 */
	private void buildSchema() {
		try (Session session = this.driver.session()) {
			try {
				this.schema.apply();
			}
			catch (Neo4jException ex) {
				// GraphSchema waits 60 s for new indexes, too short over a million nodes; the statements themselves
				// have run if the key constraints exist, and the wait goes on below.
				if (session.run(KEY_CONSTRAINTS_ONLINE).single().get("n").asInt() < 3) {
					throw ex;
				}
			}
			session.run(AWAIT_INDEXES, Map.of("seconds", INDEX_WAIT_SECONDS)).consume();
			List<String> failed = session.run(FAILED_INDEXES).list((r) -> r.get("name").asString());
			if (!failed.isEmpty()) {
				throw new IllegalStateException("Index population failed after the bulk load: " + failed);
			}
		}
	}

	/** Schema commands take no parameters; the names come from the database itself, quoted. */
	private static String quoted(String name) {
		return "`" + name.replace("`", "``") + "`";
	}

	private void dropSchema() {
		try (Session session = this.driver.session()) {
			for (String name : session.run(CONSTRAINTS).list((r) -> r.get("name").asString())) {
				session.run("DROP CONSTRAINT " + quoted(name)).consume();
			}
			for (String name : session.run(INDEXES).list((r) -> r.get("name").asString())) {
				session.run("DROP INDEX " + quoted(name)).consume();
			}
		}
	}

}
