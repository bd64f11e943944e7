package org.coopgraph.bench.bulk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * Writes over Bolt with large parameterised {@code UNWIND} batches, one transaction per batch: the bulk path for an
 * external database. Because the target is empty, it creates instead of merging, which spares an index lookup per
 * node row; relationship endpoints are found by their {@code key} through the schema's uniqueness constraints.
 */
final class CypherBulkWriter implements BulkWriter {

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
			                       end: row.props.end, rule: row.props.rule, amountCny: row.props.amountCny,
			                       year: row.props.year}]->(b)""";

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

	private final Driver driver;

	private final int batchSize;

	private final int writers;

	/**
	 * @param batchSize rows per transaction
	 * @param writers transactions in flight at once; batches of one group run in parallel, the groups in order
	 */
	CypherBulkWriter(Driver driver, int batchSize, int writers) {
		this.driver = driver;
		this.batchSize = batchSize;
		this.writers = writers;
	}

	@Override
	public boolean findsEndpointsByIndex() {
		return true;
	}

	@Override
	public int writeNodes(NodeGroup group) {
		return write(CREATE_NODES, Map.of("labels", group.labels()), group.size(), group.row());
	}

	@Override
	public int writeRelationships(RelationshipGroup group) {
		return write(statement(group.from(), group.to()), Map.of("type", group.type()), group.size(), group.row());
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
		return ParallelBatches.run(size, this.batchSize, this.writers, (first, end) -> {
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
		});
	}

}
