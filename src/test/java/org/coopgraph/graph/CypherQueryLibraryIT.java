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
import org.coopgraph.support.GeoFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every file of {@code cypher/queries/} runs, with its own default parameters, and answers with rows: on the seeded
 * graph, the explorer's fixture and, for the questions across provinces and years, the places with codes and years of
 * {@link GeoFixture}.
 */
@CoopgraphIT
@ExtendWith(GeoFixture.class)
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
				"funding-totals.cypher", "co-built-parks.cypher", "document-facts.cypher",
				"funding-by-province-and-year.cypher", "pairings-between-provinces.cypher");
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

	@Test
	void sumsTheFundingOfOneProvinceToAnotherPerYear() {
		List<Record> rows = run(QueryFile.read(LIBRARY.resolve("funding-by-province-and-year.cypher")));

		// 南京's 鼓楼区 gave 镇安县 (陕西) 2,000,000 in its document's year and 1,000,000 in a sentence's 2023, and
		// 回龙镇 of 镇安县 300,000: each year is its own row.
		assertThat(rows).filteredOn((r) -> r.get("documents").asList(Value::asString).contains(GeoFixture.NANJING))
			.filteredOn((r) -> r.get("funderProvince").asString().equals("江苏省")
					&& r.get("recipientProvince").asString().equals("陕西省"))
			.extracting((r) -> r.get("year").asInt())
			.contains(2022, 2023);
		Record of2022 = rows.stream()
			.filter((r) -> r.get("funderProvince").asString().equals("江苏省")
					&& r.get("recipientProvince").asString().equals("陕西省") && !r.get("year").isNull()
					&& r.get("year").asInt() == 2022)
			.findFirst()
			.orElseThrow();
		assertThat(of2022.get("totalCny").asDouble()).isGreaterThanOrEqualTo(2_300_000);
	}

	@Test
	void listsThePairingsBetweenTwoProvincesWithTheirFirstYear() {
		List<Record> rows = run(QueryFile.read(LIBRARY.resolve("pairings-between-provinces.cypher")));

		assertThat(rows).filteredOn((r) -> "320106".equals(r.get("code").asString(null)))
			.singleElement()
			.satisfies((r) -> {
				assertThat(r.get("partner").asString()).isEqualTo("镇安县");
				assertThat(r.get("partnerProvince").asString()).isEqualTo("陕西省");
				assertThat(r.get("firstYear").asInt()).isEqualTo(2022);
			});
		assertThat(rows).filteredOn((r) -> "320302".equals(r.get("code").asString(null)))
			.extracting((r) -> r.get("firstYear").asInt())
			.containsExactly(2021);
	}

	@Test
	void leavesOutPairingsThatBeganBeforeTheGivenYear() {
		List<Record> rows = run(QueryFile.read(LIBRARY.resolve("pairings-begun-since.cypher")));

		assertThat(rows).extracting((r) -> r.get("firstYear").asInt()).allMatch((year) -> year >= 2022);
		assertThat(rows).extracting((r) -> r.get("place").asString() + "–" + r.get("partner").asString())
			.contains("鼓楼区–镇安县")
			.doesNotContain("鼓楼区–丹凤县");
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
