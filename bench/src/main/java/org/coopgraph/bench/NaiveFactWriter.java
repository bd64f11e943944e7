package org.coopgraph.bench;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * The loading baseline: what a straightforward importer does, one parameterised statement and one transaction per
 * fact. It writes relationships between entities that already exist, marked with a rule of its own so that
 * {@link #removeWritten} can take them out again and leave the loaded graph as it was.
 */
final class NaiveFactWriter {

	static final String RULE = "naive-baseline";

	private static final String WRITE_FACT = """
			MATCH (a:Entity {key: $from})
			MATCH (b:Entity {key: $to})
			CREATE (a)-[r:$($type)]->(b)
			SET r = $props""";

	private static final String REMOVE_FACTS = """
			UNWIND $rows AS row
			MATCH (:Entity {key: row.from})-[r]->(:Entity {key: row.to})
			WHERE r.rule = $rule
			DELETE r""";

	private final Driver driver;

	NaiveFactWriter(Driver driver) {
		this.driver = driver;
	}

	/** Writes each row ({@code type, from, to, props}) in its own auto-commit transaction. */
	void write(List<Map<String, Object>> rows) {
		try (Session session = this.driver.session()) {
			for (Map<String, Object> row : rows) {
				session.executeWrite((tx) -> tx.run(WRITE_FACT, row).consume());
			}
		}
	}

	void removeWritten(List<Map<String, Object>> rows) {
		try (Session session = this.driver.session()) {
			session.executeWrite((tx) -> tx.run(REMOVE_FACTS, Map.of("rows", rows, "rule", RULE)).consume());
		}
	}

}
