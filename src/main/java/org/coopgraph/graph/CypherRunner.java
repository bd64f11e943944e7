package org.coopgraph.graph;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Record;
import org.neo4j.graphdb.Transaction;

/** Runs one statement in the transaction at hand and returns all its rows, as driver {@link Record}s either way. */
@FunctionalInterface
interface CypherRunner {

	List<Record> run(String cypher, Map<String, Object> parameters);

	/**
	 * The same transaction as Neo4j's core API, when the database runs in this JVM: the writer's hot path uses it
	 * instead of Cypher. Empty over Bolt.
	 */
	default Optional<Transaction> inProcess() {
		return Optional.empty();
	}

}
