package org.coopgraph.graph;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;

/** Runs one statement in the transaction at hand and returns all its rows, as driver {@link Record}s either way. */
@FunctionalInterface
interface CypherRunner {

	List<Record> run(String cypher, Map<String, Object> parameters);

}
