package org.coopgraph.graph.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.coopgraph.extract.model.DocumentExtraction;
import org.coopgraph.extract.model.EntityType;
import org.coopgraph.extract.model.Evidence;
import org.coopgraph.extract.model.ExtractedEntity;
import org.coopgraph.extract.model.ExtractedRelation;
import org.coopgraph.extract.model.ExtractedTask;
import org.coopgraph.extract.model.RelationType;
import org.coopgraph.graph.DocumentSource;
import org.coopgraph.graph.GraphWriter;
import org.coopgraph.support.CoopgraphIT;
import org.coopgraph.support.GeoFixture;
import org.coopgraph.support.RunScopedDocuments;
import org.coopgraph.support.TestDatabaseInitializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@CoopgraphIT
class GraphExportIT {

	private static final String NODES = """
			MATCH (n) RETURN n.key AS key, [l IN labels(n) | l] AS labels, properties(n) AS properties""";

	private static final String RELATIONSHIPS = """
			MATCH (a)-[r]->(b)
			RETURN type(r) AS type, a.key AS from, b.key AS to, properties(r) AS properties""";

	@Autowired
	GraphWriter writer;

	@Autowired
	GraphExport export;

	@Autowired
	Driver driver;

	private final RunScopedDocuments documents = new RunScopedDocuments();

	@BeforeEach
	void writeTwoDocuments() {
		String city = "甲市" + this.documents.run();
		String other = "乙市" + this.documents.run();
		String county = "丙县" + this.documents.run();
		String bureau = "甲市发展和改革委员会" + this.documents.run();
		// Quotes, commas, a line break and a semicolon-free alias list: what CSV quoting has to survive.
		String text = "召开\"两市\"结对帮扶合作推进会，\n签订协议";
		write(new DocumentExtraction(doc("a.txt"), "标题，带\"引号\"", "",
				List.of(new ExtractedEntity(city, EntityType.CITY, List.of("甲", "甲地")),
						new ExtractedEntity(other, EntityType.CITY, List.of()),
						new ExtractedEntity(county, EntityType.COUNTY, List.of()),
						new ExtractedEntity(bureau, EntityType.DEPARTMENT, List.of("市发改委"))),
				List.of(new ExtractedRelation(RelationType.PAIRS_WITH, city, other, null,
						new Evidence("甲乙两市结对", 0, 6), "pairing"),
						new ExtractedRelation(RelationType.FUNDS, city, county, 60_000_000L,
								new Evidence("安排6000万元", 7, 16), "funding"),
						new ExtractedRelation(RelationType.LOCATED_IN, county, other, null, Evidence.NONE, "name")),
				List.of(new ExtractedTask("1.1", text, List.of(bureau), List.of(bureau), List.of(), "6月底前",
						new Evidence(text + "（责任单位：市发改委）", 20, 48)),
						new ExtractedTask("1.2", "举办对接活动", List.of(bureau), List.of(), List.of(), "",
								new Evidence("举办对接活动（责任单位：市发改委）", 50, 67)))));
		write(new DocumentExtraction(doc("b.txt"), "", "",
				List.of(new ExtractedEntity(city, EntityType.CITY, List.of("甲城")),
						new ExtractedEntity(other, EntityType.CITY, List.of())),
				List.of(new ExtractedRelation(RelationType.PAIRS_WITH, city, other, null,
						new Evidence("甲市与乙市结对", 3, 10), "pairing")),
				List.of()));
	}

	@AfterEach
	void removeThem() {
		this.documents.removeAll(this.writer);
		GeoFixture.remove(this.writer);
	}

	@Test
	void aCsvExportLoadedWithTheGeneratedCypherIntoAnEmptyDatabaseIsTheSameGraph() throws IOException {
		Path folder = TestDatabaseInitializer.temporaryFolder("coopgraph-export-");
		// Places with codes, their ancestors and hierarchy, dated documents and facts.
		GeoFixture.write(this.writer);

		ExportResult result = this.export.export(ExportFormat.CSV, folder);

		assertThat(result.files()).extracting((f) -> f.path().getFileName().toString())
			.containsExactly("documents.csv", "entities.csv", "tasks.csv", "mentions.csv", "contains.csv",
					"facts.csv", "divisions.csv", "responsibilities.csv", "load.cypher");
		assertThat(Files.readAllLines(folder.resolve("facts.csv")).get(0)).isEqualTo(
				":START_ID(Entity),:END_ID(Entity),:TYPE,document,evidence,start:long,end:long,rule,amountCny:long,"
						+ "year:long");
		assertThat(Files.readAllLines(folder.resolve("entities.csv")).get(0)).isEqualTo(
				"key:ID(Entity),name,type,aliases:string[],searchAliases,code,level,province,candidates:string[],:LABEL");
		assertThat(Files.readAllLines(folder.resolve("divisions.csv"))).contains(
				":START_ID(Entity),:END_ID(Entity),:TYPE", "\"320106\",\"320100\",\"IN_DIVISION\"");
		String script = Files.readString(folder.resolve("load.cypher"));
		assertThat(script).contains("IN TRANSACTIONS OF 1000 ROWS", "$base + 'entities.csv'");

		DatabaseManagementService fresh = new DatabaseManagementServiceBuilder(
				TestDatabaseInitializer.temporaryFolder("coopgraph-reload-"))
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address,
					new SocketAddress("127.0.0.1", TestDatabaseInitializer.freePort()))
			.setConfig(GraphDatabaseSettings.load_csv_file_url_root, folder)
			.build();
		try (Driver reloaded = GraphDatabase.driver("bolt://127.0.0.1:" + boltPort(fresh), AuthTokens.none());
				Session session = reloaded.session()) {
			for (String statement : statements(script)) {
				session.run(statement, Map.of("base", "file:///")).consume();
			}

			assertThat(nodes(reloaded)).isEqualTo(nodes(this.driver));
			assertThat(relationships(reloaded)).isEqualTo(relationships(this.driver));
			assertThat(session.run("MATCH (:Entity {key: $key})-[r:FUNDS]->() RETURN r.amountCny",
					Map.of("key", "甲市" + this.documents.run())).single().get(0).asLong()).isEqualTo(60_000_000L);
		}
		finally {
			fresh.shutdown();
		}
	}

	@Test
	void aJsonLinesExportHoldsEachDocumentInTheAnnotationShape() throws IOException {
		Path folder = TestDatabaseInitializer.temporaryFolder("coopgraph-jsonl-");

		this.export.export(ExportFormat.JSONL, folder);

		JsonNode line = Files.readAllLines(folder.resolve("extractions.jsonl"), StandardCharsets.UTF_8)
			.stream()
			.map((l) -> JsonMapper.builder().build().readTree(l))
			.filter((json) -> json.get("doc").asString().equals(doc("a.txt")))
			.findFirst()
			.orElseThrow();
		String bureau = "甲市发展和改革委员会" + this.documents.run();
		assertThat(line.at("/entities").size()).isEqualTo(4);
		assertThat(line.at("/entities").valueStream().filter((e) -> e.get("name").asString().startsWith("甲市" + this.documents.run())))
			.singleElement()
			.satisfies((e) -> {
				assertThat(e.get("type").asString()).isEqualTo("City");
				assertThat(e.get("aliases").valueStream().map(JsonNode::asString)).containsExactly("甲", "甲地");
			});
		assertThat(line.at("/relations").valueStream().map((r) -> r.get("type").asString() + " "
				+ r.get("from").asString() + " " + r.get("to").asString() + " " + r.get("amount_cny")))
			.containsExactlyInAnyOrder("PAIRS_WITH 甲市%1$s 乙市%1$s null".formatted(this.documents.run()),
					"FUNDS 甲市%1$s 丙县%1$s 60000000".formatted(this.documents.run()),
					"LOCATED_IN 丙县%1$s 乙市%1$s null".formatted(this.documents.run()), "RESPONSIBLE_FOR " + bureau + " 1.1 null",
					"LEADS " + bureau + " 1.1 null", "RESPONSIBLE_FOR " + bureau + " 1.2 null");
		assertThat(line.at("/tasks/0/id").asString()).isEqualTo("1.1");
		assertThat(line.at("/tasks/0/responsible/0").asString()).isEqualTo(bureau);
		assertThat(line.at("/tasks/0/lead/0").asString()).isEqualTo(bureau);
		assertThat(line.at("/tasks/0/deadline").asString()).isEqualTo("6月底前");
		assertThat(line.at("/tasks/1/deadline").asString()).isEmpty();
		assertThat(line.at("/tasks/1/lead").size()).isZero();
	}

	/** The statements of a generated script: comments dropped, split where a line ends with a semicolon. */
	static List<String> statements(String script) {
		String withoutComments = String.join("\n",
				script.lines().filter((line) -> !line.strip().startsWith("//")).toList());
		return Arrays.stream(withoutComments.split(";\\s*(\\n|$)")).map(String::strip).filter((s) -> !s.isEmpty())
			.toList();
	}

	private static int boltPort(DatabaseManagementService service) {
		return ((org.neo4j.kernel.internal.GraphDatabaseAPI) service.database("neo4j")).getDependencyResolver()
			.resolveDependency(org.neo4j.configuration.Config.class)
			.get(BoltConnector.listen_address)
			.getPort();
	}

	private static Map<String, Object> nodes(Driver driver) {
		Map<String, Object> nodes = new TreeMap<>();
		try (Session session = driver.session()) {
			session.run(NODES).forEachRemaining((r) -> nodes.put(r.get("labels").get(0).asString() + " "
					+ r.get("key").asString(), List.of(r.get("labels").asList(Object::toString).stream().sorted()
						.toList(), r.get("properties").asMap())));
		}
		return nodes;
	}

	private static List<String> relationships(Driver driver) {
		List<String> relationships = new ArrayList<>();
		try (Session session = driver.session()) {
			session.run(RELATIONSHIPS).forEachRemaining((r) -> relationships.add(r.get("type").asString() + " "
					+ r.get("from").asString() + " -> " + r.get("to").asString() + " "
					+ new TreeMap<>(r.get("properties").asMap())));
		}
		relationships.sort(null);
		return relationships;
	}

	private void write(DocumentExtraction extraction) {
		this.documents.written(extraction.doc());
		this.writer.write(new DocumentSource(extraction.doc(), extraction.title(), "sha-" + extraction.doc(), "text",
				100), extraction, false);
	}

	private String doc(String name) {
		return this.documents.document("export-", name);
	}

}
