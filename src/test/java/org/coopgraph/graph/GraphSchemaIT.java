package org.coopgraph.graph;

import java.util.List;
import java.util.Map;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.coopgraph.support.CoopgraphIT;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema on a database an older version made: an index nothing reads any more goes, the others stay; and the
 * responsibilities it wrote lose their copy of their task's evidence.
 */
@CoopgraphIT
class GraphSchemaIT {

	private static final String INDEX_NAMES = "SHOW INDEXES YIELD name RETURN name";

	@Autowired
	GraphSchema schema;

	@Autowired
	Driver driver;

	@Autowired
	WriteTransactions transactions;

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

	// Two documents as the writer stored them before responsibilities read their task's evidence. Their keys sort
	// before any file name, so that the migration's probe (the first document with a responsibility) looks at them.
	private static final String OLD_SHAPE = """
			UNWIND ['!schema-it-1', '!schema-it-2'] AS name
			CREATE (d:Document {key: name, name: name})
			CREATE (t:Task {key: name + '#1', taskId: '1', document: name, text: '建设产业园',
			                evidence: '1. 建设产业园（市发改委牵头）', start: 0, end: 16})
			CREATE (d)-[:CONTAINS]->(t)
			CREATE (u:Entity:Department {key: name + '发改委', name: name + '发改委', type: 'DEPARTMENT'})
			CREATE (d)-[:MENTIONS {aliases: [], candidates: []}]->(u)
			CREATE (u)-[:LEADS {document: name, evidence: '1. 建设产业园（市发改委牵头）', start: 0, end: 16,
			                    rule: 'task-structure'}]->(t)""";

	private static final String RESPONSIBILITIES = """
			MATCH (d:Document)-[:CONTAINS]->(t:Task)<-[r:LEADS]-()
			WHERE d.key STARTS WITH '!schema-it-'
			RETURN d.key AS document, keys(r) AS keys, t.evidence AS taskEvidence ORDER BY d.key""";

	@Test
	void removesTheTaskEvidenceOlderResponsibilitiesRepeatedAndFinishesAnInterruptedRun() {
		try (Session session = this.driver.session()) {
			session.run(OLD_SHAPE).consume();
			try {
				// As a start stopped midway leaves it: the last document in key order done first, the first not yet.
				session.run("MATCH ({key: '!schema-it-2'})-[:CONTAINS]->()<-[r:LEADS]-() REMOVE r.evidence, r.start, r.end")
					.consume();

				this.schema.apply();

				List<Map<String, Object>> rows = session.run(RESPONSIBILITIES).list((r) -> r.asMap());
				assertThat(rows).hasSize(2)
					.allSatisfy((row) -> assertThat(row.get("keys")).asInstanceOf(InstanceOfAssertFactories.LIST)
						.containsExactlyInAnyOrder("document", "rule"))
					.allSatisfy((row) -> assertThat(row.get("taskEvidence")).isEqualTo("1. 建设产业园（市发改委牵头）"));
				assertThat(this.migration().apply()).isZero();
			}
			finally {
				session.run("MATCH (n) WHERE n.key STARTS WITH '!schema-it-' DETACH DELETE n").consume();
			}
		}
	}

	private ResponsibilityEvidenceMigration migration() {
		return new ResponsibilityEvidenceMigration(this.transactions);
	}

	private static List<String> names(Session session) {
		return session.run(INDEX_NAMES).list((r) -> r.get("name").asString());
	}

}
