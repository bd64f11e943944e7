package org.coopgraph.bench.bulk;

import java.util.List;
import java.util.Map;

import org.coopgraph.bench.generate.GraphGenerator;
import org.coopgraph.bench.generate.SyntheticGraph;
import org.coopgraph.graph.GraphSchema;
import org.coopgraph.support.EmptyDatabaseApplication;
import org.coopgraph.support.GraphSnapshot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.graphdb.GraphDatabaseService;

import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Both bulk paths on an application of their own (the bulk path needs an empty database, which the shared test
 * context is not): the in-process path stores exactly the graph the Bolt path stores, property types included, and
 * the schema's indexes answer over it.
 */
class BulkLoaderIT {

	private static final int ENTITIES = 1_000;

	private static ConfigurableApplicationContext context;

	private static SyntheticGraph graph;

	@BeforeAll
	static void start() {
		context = EmptyDatabaseApplication.start("coopgraph-bulk-it-", WebApplicationType.NONE);
		graph = GraphGenerator.generate(ENTITIES, 3);
	}

	@AfterAll
	static void stop() {
		context.close();
	}

	@BeforeEach
	void emptyTheDatabase() {
		try (Session session = driver().session()) {
			session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS").consume();
		}
	}

	@Test
	void inProcessPathStoresTheSameGraphAsTheBoltPath() {
		BulkLoader.overBolt(driver(), schema(), 700, 1).load(graph, SchemaTiming.AFTER_NODES, BulkProgress.NONE);
		List<String> overBolt = snapshot();
		emptyTheDatabase();
		BulkLoadReport report = inProcess(300).load(graph, SchemaTiming.AFTER_DATA, BulkProgress.NONE);
		List<String> inProcess = snapshot();

		assertThat(overBolt).hasSize((int) (graph.nodeCount() + graph.relationshipCount()));
		assertThat(inProcess).isEqualTo(overBolt);
		assertThat(report.nodes()).isEqualTo(graph.nodeCount());
		assertThat(report.relationships()).isEqualTo(graph.relationshipCount());
		assertThat(report.batches()).isGreaterThan((int) ((graph.nodeCount() + graph.relationshipCount()) / 300));
	}

	@Test
	void indexesAnswerOverAGraphLoadedInProcess() {
		inProcess(500).load(graph, SchemaTiming.AFTER_DATA, BulkProgress.NONE);
		String key = graph.entityKey(17);
		String name = graph.entityName(17);
		try (Session session = driver().session()) {
			assertThat(session.run("MATCH (e:Entity {key: $key}) RETURN e.name AS name", Map.of("key", key))
				.single()
				.get("name")
				.asString()).isEqualTo(name);
			String plan = session.run("EXPLAIN MATCH (e:Entity {key: $key}) RETURN e", Map.of("key", key))
				.consume()
				.plan()
				.toString();
			assertThat(plan).contains("NodeUniqueIndexSeek");
			assertThat(session.run("CALL db.index.fulltext.queryNodes('entity_search', $text) YIELD node "
					+ "RETURN node.key AS key", Map.of("text", name)).list((r) -> r.get("key").asString()))
				.contains(key);
			assertThat(session.run("SHOW INDEXES YIELD state WHERE state <> 'ONLINE' RETURN count(*) AS n")
				.single()
				.get("n")
				.asLong()).isZero();
			// The load drops the token lookup indexes while it writes; they must be back, as in a new database.
			assertThat(session.run("SHOW INDEXES YIELD type, entityType WHERE type = 'LOOKUP' RETURN entityType")
				.list((r) -> r.get("entityType").asString())).containsExactlyInAnyOrder("NODE", "RELATIONSHIP");
		}
	}

	@Test
	void everySchemaTimingLoadsTheWholeGraphInProcess() {
		for (SchemaTiming timing : SchemaTiming.values()) {
			emptyTheDatabase();
			inProcess(2_000).load(graph, timing, BulkProgress.NONE);
			try (Session session = driver().session()) {
				assertThat(session.run("MATCH ()-[r]->() RETURN count(r) AS n").single().get("n").asLong())
					.as(timing.name())
					.isEqualTo(graph.relationshipCount());
			}
		}
	}

	@Test
	void boltPathRefusesToBuildTheSchemaAfterRelationships() {
		BulkLoader loader = BulkLoader.overBolt(driver(), schema(), 500, 1);
		assertThatThrownBy(() -> loader.load(graph, SchemaTiming.AFTER_DATA, BulkProgress.NONE))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("key constraints");
	}

	@Test
	void inProcessPathRefusesADatabaseThatIsNotEmpty() {
		try (Session session = driver().session()) {
			session.run("CREATE (:Entity {key: '宿迁市'})").consume();
		}
		assertThatThrownBy(() -> inProcess(500).load(graph, SchemaTiming.BEFORE, BulkProgress.NONE))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("empty");
	}

	private static List<String> snapshot() {
		return GraphSnapshot.of(context.getBean(GraphDatabaseService.class));
	}

	private static BulkLoader inProcess(int batchSize) {
		// Two writers, so that concurrent batches on shared endpoints (and their retries) are exercised too.
		return BulkLoader.inProcess(context.getBean(GraphDatabaseService.class), driver(), schema(), batchSize, 2);
	}

	private static Driver driver() {
		return context.getBean(Driver.class);
	}

	private static GraphSchema schema() {
		return context.getBean(GraphSchema.class);
	}

}
