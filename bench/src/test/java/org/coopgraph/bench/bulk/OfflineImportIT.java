package org.coopgraph.bench.bulk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.coopgraph.bench.generate.GraphGenerator;
import org.coopgraph.bench.generate.SyntheticGraph;
import org.coopgraph.graph.GraphSchema;
import org.coopgraph.support.EmptyDatabaseApplication;
import org.coopgraph.support.GraphSnapshot;
import org.coopgraph.support.TestDatabaseInitializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.graphdb.GraphDatabaseService;

import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The offline path, each test on data folders of its own: it stores exactly the graph the transactional path
 * stores, leaves a folder that has a database alone, leaves nothing behind when it fails, and a folder whose import
 * was interrupted is refused rather than opened.
 */
class OfflineImportIT {

	private static SyntheticGraph graph;

	@BeforeAll
	static void generate() {
		graph = GraphGenerator.generate(1_000, 5);
	}

	@Test
	void storesTheSameGraphAsTheTransactionalPathWithEveryIndexOnline() {
		List<String> transactional;
		try (ConfigurableApplicationContext context = start(folder(), List.of())) {
			BulkLoader.inProcess(context.getBean(GraphDatabaseService.class), driver(context), schema(context), 400, 1)
				.load(graph, SchemaTiming.AFTER_DATA, BulkProgress.NONE);
			transactional = GraphSnapshot.of(context.getBean(GraphDatabaseService.class));
		}
		OfflineImport offline = new OfflineImport(graph, BulkProgress.NONE);
		try (ConfigurableApplicationContext context = start(folder(), List.of(offline))) {
			BulkLoadReport report = offline.finish(driver(context), schema(context));

			assertThat(offline.imported()).isTrue();
			assertThat(GraphSnapshot.of(context.getBean(GraphDatabaseService.class))).isEqualTo(transactional);
			assertThat(report.nodes()).isEqualTo(graph.nodeCount());
			assertThat(report.relationships()).isEqualTo(graph.relationshipCount());
			assertThat(report.relationshipsPerSecond()).isPositive();
			try (Session session = driver(context).session()) {
				assertThat(session.run("SHOW INDEXES YIELD state WHERE state <> 'ONLINE' RETURN count(*) AS n")
					.single()
					.get("n")
					.asLong()).isZero();
				// A city is keyed by its division code and found by its name.
				Record city = session.run("MATCH (c:City) RETURN c.name AS name, c.key AS key LIMIT 1")
					.single();
				assertThat(session.run("CALL db.index.fulltext.queryNodes('entity_search', $text) YIELD node "
						+ "RETURN node.key AS key", Map.of("text", city.get("name").asString()))
					.list((r) -> r.get("key").asString())).contains(city.get("key").asString());
			}
		}
	}

	@Test
	void leavesAFolderThatHasADatabaseAlone() {
		Path folder = folder();
		try (ConfigurableApplicationContext context = start(folder, List.of())) {
			try (Session session = driver(context).session()) {
				session.run("CREATE (:Entity:City {key: '宿迁市', name: '宿迁市'})").consume();
			}
		}
		OfflineImport offline = new OfflineImport(graph, BulkProgress.NONE);
		try (ConfigurableApplicationContext context = start(folder, List.of(offline))) {
			assertThat(offline.imported()).isFalse();
			assertThat(nodeCount(context)).isOne();
			assertThatThrownBy(() -> offline.finish(driver(context), schema(context)))
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("no store");
		}
	}

	@Test
	void aFailedImportLeavesNoStoreBehind() throws Exception {
		Path folder = folder();
		BulkGraph broken = new BulkGraph() {

			@Override
			public List<NodeGroup> nodeGroups() {
				return List.of(new NodeGroup(List.of("Entity", "City"), 2,
						(i) -> Map.of("key", "城" + i, "name", "城" + i)));
			}

			@Override
			public List<RelationshipGroup> relationshipGroups() {
				return List.of(new RelationshipGroup("PAIRS_WITH", Endpoint.ENTITY, Endpoint.ENTITY, 1,
						(i) -> Map.of("from", "城0", "to", "不存在的城", "props", Map.of())));
			}

		};

		assertThatThrownBy(() -> new OfflineImport(broken, BulkProgress.NONE).importIfNew(folder))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining(folder.toString())
			.hasMessageContaining("不存在的城");
		assertThat(folder.resolve(OfflineImport.INCOMPLETE_MARKER)).doesNotExist();
		try (ConfigurableApplicationContext context = start(folder, List.of())) {
			assertThat(nodeCount(context)).isZero();
		}
	}

	@Test
	void aFolderWhoseImportWasInterruptedIsRefused() throws Exception {
		Path folder = folder();
		Files.writeString(folder.resolve(OfflineImport.INCOMPLETE_MARKER), "");

		assertThatThrownBy(() -> start(folder, List.of()).close())
			.hasRootCauseMessage(("The data folder %s holds a store whose offline import was interrupted; delete the "
					+ "folder and load the graph again").formatted(folder.toAbsolutePath().normalize()));
		try (Stream<Path> left = Files.list(folder)) {
			assertThat(left).containsExactly(folder.resolve(OfflineImport.INCOMPLETE_MARKER));
		}
	}

	private static Path folder() {
		return TestDatabaseInitializer.temporaryFolder("coopgraph-offline-it-");
	}

	private static ConfigurableApplicationContext start(Path folder, List<Object> beans) {
		return EmptyDatabaseApplication.start(folder, WebApplicationType.NONE, beans);
	}

	private static long nodeCount(ConfigurableApplicationContext context) {
		try (Session session = driver(context).session()) {
			return session.run("MATCH (n) RETURN count(n) AS n").single().get("n").asLong();
		}
	}

	private static Driver driver(ConfigurableApplicationContext context) {
		return context.getBean(Driver.class);
	}

	private static GraphSchema schema(ConfigurableApplicationContext context) {
		return context.getBean(GraphSchema.class);
	}

}
