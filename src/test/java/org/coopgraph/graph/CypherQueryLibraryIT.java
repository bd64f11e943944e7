package org.coopgraph.graph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.coopgraph.support.CoopgraphIT;
import org.coopgraph.support.ExplorerFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Every file of {@code cypher/queries/} runs, with its own default parameters, and answers with rows. */
@CoopgraphIT
class CypherQueryLibraryIT {

	private static final Path LIBRARY = Path.of("cypher", "queries");

	@Autowired
	Driver driver;

	ExplorerFixture fixture;

	@BeforeEach
	void writeFixture() {
		this.fixture = new ExplorerFixture(this.driver);
		this.fixture.write();
	}

	@AfterEach
	void removeFixture() {
		this.fixture.remove();
	}

	static Stream<QueryFile> library() throws IOException {
		try (Stream<Path> files = Files.list(LIBRARY)) {
			return files.filter((f) -> f.toString().endsWith(".cypher")).sorted().map(QueryFile::read).toList().stream();
		}
	}

	@Test
	void holdsTheQuestionsTheGuideTeaches() throws IOException {
		assertThat(library().map(QueryFile::toString)).contains("pairing-network.cypher", "department-tasks.cypher",
				"funding-totals.cypher", "co-built-parks.cypher", "document-facts.cypher");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("library")
	void answersWithRowsOnTheSeededGraph(QueryFile query) {
		assertThat(query.comments()).as("what %s answers", query).isNotEmpty();
		assertThat(query.statement()).as(query.toString()).isNotBlank().doesNotContain(";");

		List<Record> rows = run(query);

		assertThat(rows).as("rows of %s", query).isNotEmpty();
	}

	@Test
	void totalsTheFundingOfEachPairInYuanAndWan() {
		List<Record> rows = run(QueryFile.read(LIBRARY.resolve("funding-totals.cypher")));

		Record wuxi = rows.stream()
			.filter((r) -> r.get("funder").asString().equals("无锡市") && r.get("recipient").asString().equals("连云港市"))
			.findFirst()
			.orElseThrow();
		assertThat(wuxi.get("totalCny").asDouble()).isGreaterThanOrEqualTo(3.0e7);
		assertThat(wuxi.get("totalWan").asDouble()).isEqualTo(wuxi.get("totalCny").asDouble() / 10000);
	}

	@Test
	void placesTheCoBuiltParkInItsCountyAndCity() {
		List<Record> rows = run(QueryFile.read(LIBRARY.resolve("co-built-parks.cypher")));

		Record park = rows.stream()
			.filter((r) -> r.get("park").asString().equals("锡连共建产业园"))
			.findFirst()
			.orElseThrow();
		assertThat(park.get("builders").asList(Value::asString)).containsExactlyInAnyOrder("无锡市", "连云港市");
		assertThat(park.get("locatedIn").asList(Value::asString)).containsExactly("灌云县", "连云港市");
	}

	private List<Record> run(QueryFile query) {
		try (Session session = this.driver.session()) {
			Map<String, Object> parameters = new HashMap<>();
			// Evaluated by the database, as Browser's :param does, so any Cypher literal works as a default.
			query.parameters()
				.forEach((name, expression) -> parameters.put(name,
						session.run("RETURN " + expression + " AS value").single().get("value").asObject()));
			return session.run(query.statement(), parameters).list();
		}
	}

}
