package org.coopgraph.bench;

import java.net.URI;
import java.util.List;

import org.coopgraph.bench.generate.GraphGenerator;
import org.coopgraph.bench.generate.SyntheticGraph;
import org.coopgraph.graph.GraphSchema;
import org.coopgraph.bench.bulk.BulkLoadReport;
import org.coopgraph.bench.bulk.BulkLoader;
import org.coopgraph.bench.bulk.BulkProgress;
import org.coopgraph.bench.bulk.SchemaTiming;
import org.coopgraph.support.EmptyDatabaseApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.graphdb.GraphDatabaseService;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The benchmark's plumbing at a tiny size, on an application of its own (the bulk path needs an empty database, which
 * the shared test context is not): a generated graph goes through the bulk path, and every benchmark query answers
 * with data, both as coopgraph GraphQL over HTTP and as the hand-written Cypher.
 */
class BenchPlumbingIT {

	private static ConfigurableApplicationContext context;

	private static SyntheticGraph graph;

	private static BulkLoadReport report;

	@BeforeAll
	static void loadATinyGraph() {
		context = EmptyDatabaseApplication.start("coopgraph-bench-it-", WebApplicationType.SERVLET);
		graph = GraphGenerator.generate(1_000, 7);
		report = BulkLoader.inProcess(context.getBean(GraphDatabaseService.class), context.getBean(Driver.class),
				context.getBean(GraphSchema.class), 500, 2).load(graph,
				SchemaTiming.AFTER_NODES, BulkProgress.NONE);
	}

	@AfterAll
	static void stop() {
		context.close();
	}

	@Test
	void bulkPathWritesEveryGeneratedNodeAndRelationship() {
		assertThat(report.nodes()).isEqualTo(graph.nodeCount());
		assertThat(report.relationships()).isEqualTo(graph.relationshipCount());
		try (Session session = context.getBean(Driver.class).session()) {
			assertThat(session.run("MATCH (n) RETURN count(n) AS n").single().get("n").asLong())
				.isEqualTo(graph.nodeCount());
			assertThat(session.run("MATCH ()-[r]->() RETURN count(r) AS n").single().get("n").asLong())
				.isEqualTo(graph.relationshipCount());
			assertThat(session.run("SHOW INDEXES YIELD name WHERE name = 'entity_search' RETURN name").list())
				.hasSize(1);
		}
	}

	@Test
	void bulkPathRefusesADatabaseThatIsNotEmpty() {
		BulkLoader loader = BulkLoader.overBolt(context.getBean(Driver.class), context.getBean(GraphSchema.class), 500, 1);
		assertThatThrownBy(() -> loader.load(graph, SchemaTiming.BEFORE, BulkProgress.NONE))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("empty");
	}

	@Test
	void everyBenchmarkQueryFindsDataThroughGraphQlAndCypher() throws Exception {
		int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
		GraphQlHttp http = new GraphQlHttp(URI.create("http://127.0.0.1:" + port + "/graphql"));
		Driver driver = context.getBean(Driver.class);
		List<BenchQuery> queries = BenchQueries.of(graph);
		assertThat(queries).hasSize(10);
		for (BenchQuery query : queries) {
			JsonNode data = http.post(GraphQlHttp.body(query.graphql(), query.variables()));
			JsonNode answer = data.iterator().next();
			assertThat(answer.isNull() || answer.isEmpty()).as(query.name() + ": " + data).isFalse();
			try (Session session = driver.session()) {
				assertThat(session.run(query.cypher(), query.parameters()).list()).as(query.name()).isNotEmpty();
			}
		}
	}

}
