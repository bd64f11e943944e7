package org.coopgraph.graph;

import java.util.List;

import org.coopgraph.support.CoopgraphIT;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The schema on a database an older version made: an index nothing reads any more goes, the others stay. */
@CoopgraphIT
class GraphSchemaIT {

	private static final String INDEX_NAMES = "SHOW INDEXES YIELD name RETURN name";

	@Autowired
	GraphSchema schema;

	@Autowired
	Driver driver;

	@Test
	void dropsTheTaskTextIndexAnOlderVersionMadeAndKeepsTheRest() {
		try (Session session = this.driver.session()) {
			session.run("CREATE FULLTEXT INDEX task_search IF NOT EXISTS FOR (n:Task) ON EACH [n.text]").consume();
			assertThat(names(session)).contains("task_search");

			this.schema.apply();

			assertThat(names(session)).doesNotContain("task_search").contains("entity_search", "task_key");
			this.schema.apply();
			assertThat(names(session)).doesNotContain("task_search").contains("entity_search", "task_key");
		}
	}

	private static List<String> names(Session session) {
		return session.run(INDEX_NAMES).list((r) -> r.get("name").asString());
	}

}
