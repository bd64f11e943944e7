package org.coopgraph.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.coopgraph.graph.GraphReads;
import org.coopgraph.graph.GraphWriter;
import org.coopgraph.support.CoopgraphIT;
import org.coopgraph.support.GeoFixture;
import org.coopgraph.support.GraphQlClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Places with codes, provinces and parents, and facts and documents with years, through GraphQL over HTTP, on two
 * invented documents that both name 鼓楼区 ({@link GeoFixture}). The shared database also holds the seeds, so
 * assertions pick the fixture's places by code, or compare totals with and without the fixture.
 */
@CoopgraphIT
@ExtendWith(GeoFixture.class)
class PlacesAndYearsIT {

	@Autowired
	GraphWriter writer;

	@Autowired
	GraphReads reads;

	@Autowired
	GraphQlClient graphql;

	@Test
	void twoDistrictsNamed鼓楼区AreTwoEntitiesWithTheirCodesProvinceAndParentsInThreeQueries() {
		long before = this.reads.roundTrips();
		JsonNode found = data("""
				{ search(text: "鼓楼区", types: [COUNTY], first: 50) {
				    id name code level province { name code type } parents { name code level } } }""").at("/search");
		assertThat(this.reads.roundTrips() - before).as("search, provinces, parents").isEqualTo(3);

		Map<String, JsonNode> byCode = new HashMap<>();
		found.forEach((e) -> byCode.put(e.at("/code").asString(), e));
		assertThat(byCode).containsKeys("320106", "320302");
		JsonNode nanjing = byCode.get("320106");
		assertThat(nanjing.at("/id").asString()).isEqualTo("320106");
		assertThat(nanjing.at("/level").asString()).isEqualTo("COUNTY");
		assertThat(nanjing.at("/province/name").asString()).isEqualTo("江苏省");
		assertThat(nanjing.at("/province/type").asString()).isEqualTo("PROVINCE");
		assertThat(names(nanjing.at("/parents"))).containsExactly("南京市", "江苏省");
		assertThat(names(byCode.get("320302").at("/parents"))).containsExactly("徐州市", "江苏省");
		assertThat(byCode.get("320302").at("/parents/0/level").asString()).isEqualTo("CITY");
	}

	@Test
	void anEntityByNameOrAliasHasItsCodeAndProvinceAndASharedNamePicksOneOfThePlaces() {
		JsonNode county = data("{ entity(name: \"镇安\") { code level province { name code } candidates } }")
			.at("/entity");
		assertThat(county.at("/code").asString()).isEqualTo("611025");
		assertThat(county.at("/level").asString()).isEqualTo("COUNTY");
		assertThat(county.at("/province/name").asString()).isEqualTo("陕西省");
		assertThat(county.at("/province/code").asString()).isEqualTo("610000");
		assertThat(county.at("/candidates")).isEmpty();

		assertThat(data("{ entity(name: \"鼓楼区\") { id } }").at("/entity/id").asString()).isIn("320106", "320302");

		JsonNode ambiguous = data("{ entity(name: \"城关镇\") { id code level province { name } parents { name } candidates } }")
			.at("/entity");
		assertThat(ambiguous.at("/code").isNull()).isTrue();
		assertThat(ambiguous.at("/province").isNull()).isTrue();
		assertThat(ambiguous.at("/parents")).isEmpty();
		assertThat(ambiguous.at("/candidates")).hasSize(3);
	}

	@Test
	void theSeedsPlace无锡InJiangsuEndToEnd() {
		JsonNode wuxi = data("{ entity(name: \"无锡\") { code level province { name } parents { name } } }").at("/entity");
		assertThat(wuxi.at("/code").asString()).isEqualTo("320200");
		assertThat(wuxi.at("/level").asString()).isEqualTo("CITY");
		assertThat(wuxi.at("/province/name").asString()).isEqualTo("江苏省");
		assertThat(names(wuxi.at("/parents"))).containsExactly("江苏省");
	}

	@Test
	void provincesAreSearchableEntities() {
		JsonNode provinces = data("{ search(text: \"江苏\", types: [PROVINCE]) { id name type level code } }")
			.at("/search");
		assertThat(provinces).hasSize(1);
		assertThat(provinces.at("/0/id").asString()).isEqualTo("320000");
		assertThat(provinces.at("/0/name").asString()).isEqualTo("江苏省");
		assertThat(provinces.at("/0/level").asString()).isEqualTo("PROVINCE");
	}

	@Test
	void pairingsOfAProvinceBetweenProvincesAndOfAYear() {
		JsonNode shaanxi2022 = data("""
				{ pairings(province: "陕西", year: 2022) { a { id } b { id } firstYear lastYear facts { year } } }""")
			.at("/pairings");
		assertThat(pairs(shaanxi2022)).contains("320106-611025").doesNotContain("320302-611022");
		JsonNode nanjing = pairing(shaanxi2022, "320106-611025");
		assertThat(nanjing.at("/firstYear").asInt()).isEqualTo(2022);
		assertThat(nanjing.at("/facts/0/year").asInt()).isEqualTo(2022);

		String betweenQuery = """
				{ pairings(betweenProvinces: ["江苏省", "610000"]) { a { id } b { id } level firstYear lastYear documents } }""";
		long before = this.reads.roundTrips();
		JsonNode between = data(betweenQuery).at("/pairings");
		assertThat(this.reads.roundTrips() - before).as("the pairs merged in the database").isEqualTo(1);
		assertThat(pairs(between)).contains("320106-611025", "320302-611022");
		assertThat(pairing(between, "320302-611022").at("/lastYear").asInt()).isEqualTo(2021);
		// The same pairings as merged from their statements when the statements are asked for too.
		JsonNode merged = data(betweenQuery.replace("documents }", "documents facts { year } }")).at("/pairings");
		merged.forEach((p) -> ((ObjectNode) p).remove("facts"));
		assertThat(between).isEqualTo(merged);
		// The same pairings when the parties' other fields are selected, which reads them all.
		JsonNode everyField = data(betweenQuery.replace("a { id }", "a { id code aliases }")).at("/pairings");
		JsonNode nanjingBoth = pairing(everyField, "320106-611025");
		assertThat(nanjingBoth.at("/a/code").asString()).isEqualTo(nanjingBoth.at("/a/id").asString()).isNotBlank();
		everyField.forEach((p) -> ((ObjectNode) p.get("a")).retain("id"));
		assertThat(between).isEqualTo(everyField);

		JsonNode withinJiangsu = data("{ pairings(betweenProvinces: [\"江苏\", \"江苏\"]) { a { id } b { id } } }")
			.at("/pairings");
		assertThat(pairs(withinJiangsu)).doesNotContain("320106-611025", "320302-611022");
	}

	@Test
	void fundingGroupedByProvincePairAndYearSumsTheFactsOfThoseYears() {
		String totals = """
				{ funding(groupBy: [FUNDER_PROVINCE, RECIPIENT_PROVINCE, YEAR], fromYear: 2021, toYear: 2023, first: 100) {
				    funderProvince { name } recipientProvince { name } year totalCny count } }""";
		String withFacts = totals.replace("count }", "count facts { document year } }");
		long before = this.reads.roundTrips();
		Map<String, List<Double>> withFixture = groups(data(totals).at("/funding"));
		assertThat(this.reads.roundTrips() - before).as("the totals with their provinces").isEqualTo(1);
		Map<String, List<Double>> withFixtureFromFacts = groups(data(withFacts).at("/funding"));
		GeoFixture.remove(this.writer);
		Map<String, List<Double>> without = groups(data(totals).at("/funding"));

		assertThat(withFixtureFromFacts).isEqualTo(withFixture);
		assertThat(difference(withFixture, without)).containsExactlyInAnyOrderEntriesOf(Map.of(
				"江苏省>陕西省@2021", List.of(500_000.0, 1.0), "江苏省>陕西省@2022", List.of(2_300_000.0, 2.0),
				"江苏省>陕西省@2023", List.of(1_000_000.0, 1.0)));
	}

	@Test
	void fundingGroupedByYearCombinesWithThePair() {
		JsonNode groups = data("""
				{ funding(recipient: "镇安县", groupBy: [PAIR, YEAR]) { funder { id } recipient { id } year totalCny } }""")
			.at("/funding");
		List<String> rows = new ArrayList<>();
		groups.forEach((g) -> rows.add(g.at("/funder/id").asString() + ">" + g.at("/recipient/id").asString() + "@"
				+ g.at("/year").asInt() + "=" + g.at("/totalCny").asDouble()));
		assertThat(rows).containsExactly("320106>611025@2022=2000000.0", "320106>611025@2023=1000000.0");
	}

	@Test
	void documentsOfAYearAndADocumentWithNoDateSaysSo() {
		JsonNode of2022 = data("{ documents(year: 2022) { name year date yearSource } }").at("/documents");
		JsonNode nanjing = document(of2022, GeoFixture.NANJING);
		assertThat(nanjing.at("/date").asString()).isEqualTo("2022-03-15");
		assertThat(nanjing.at("/yearSource").asString()).isEqualTo("ISSUE_DATE");
		assertThat(document(of2022, GeoFixture.XUZHOU)).isNull();

		JsonNode xuzhou = document(data("{ documents { name year date yearSource } }").at("/documents"),
				GeoFixture.XUZHOU);
		assertThat(xuzhou.at("/year").isNull()).isTrue();
		assertThat(xuzhou.at("/date").isNull()).isTrue();
		assertThat(xuzhou.at("/yearSource").asString()).isEqualTo("NONE");
	}

	@Test
	void anUnknownProvinceOrAMalformedYearIsABadArgumentNamingTheAcceptedForms() {
		JsonNode province = this.graphql.query("{ pairings(province: \"江苏州\") { a { name } } }");
		assertThat(province.at("/errors/0/extensions/code").asString()).isEqualTo("BAD_ARGUMENT");
		assertThat(province.at("/errors/0/message").asString()).contains("'province'", "江苏州", "江苏 or 江苏省",
				"320000");
		JsonNode between = this.graphql.query("{ pairings(betweenProvinces: [\"江苏\"]) { a { name } } }");
		assertThat(between.at("/errors/0/extensions/code").asString()).isEqualTo("BAD_ARGUMENT");
		for (String query : List.of("{ pairings(year: 23) { a { name } } }",
				"{ funding(fromYear: 20230) { totalCny } }", "{ documents(year: 99) { name } }")) {
			JsonNode response = this.graphql.query(query);
			assertThat(response.at("/errors/0/extensions/code").asString()).as(query).isEqualTo("BAD_ARGUMENT");
			assertThat(response.at("/errors/0/message").asString()).as(query).contains("four digits", "2023");
		}
	}

	private static Map<String, List<Double>> groups(JsonNode funding) {
		Map<String, List<Double>> groups = new HashMap<>();
		funding.forEach((g) -> groups.put(g.at("/funderProvince/name").asString("") + ">"
				+ g.at("/recipientProvince/name").asString("") + "@" + g.at("/year").asString(""),
				List.of(g.at("/totalCny").asDouble(), g.at("/count").asDouble())));
		return groups;
	}

	private static Map<String, List<Double>> difference(Map<String, List<Double>> with,
			Map<String, List<Double>> without) {
		Map<String, List<Double>> difference = new HashMap<>();
		with.forEach((key, sums) -> {
			List<Double> base = without.getOrDefault(key, List.of(0.0, 0.0));
			if (!sums.equals(base)) {
				difference.put(key, List.of(sums.get(0) - base.get(0), sums.get(1) - base.get(1)));
			}
		});
		return difference;
	}

	private static List<String> pairs(JsonNode pairings) {
		List<String> pairs = new ArrayList<>();
		pairings.forEach((p) -> pairs.add(pairKey(p)));
		return pairs;
	}

	private static JsonNode pairing(JsonNode pairings, String key) {
		for (JsonNode p : pairings) {
			if (pairKey(p).equals(key)) {
				return p;
			}
		}
		throw new AssertionError("no pairing " + key + " in " + pairings);
	}

	private static String pairKey(JsonNode pairing) {
		String a = pairing.at("/a/id").asString();
		String b = pairing.at("/b/id").asString();
		return (a.compareTo(b) <= 0) ? a + "-" + b : b + "-" + a;
	}

	private static JsonNode document(JsonNode documents, String name) {
		for (JsonNode d : documents) {
			if (d.at("/name").asString().equals(name)) {
				return d;
			}
		}
		return null;
	}

	private static List<String> names(JsonNode entities) {
		List<String> names = new ArrayList<>();
		entities.forEach((e) -> names.add(e.at("/name").asString()));
		return names;
	}

	private JsonNode data(String query) {
		JsonNode response = this.graphql.query(query);
		assertThat(response.has("errors")).as(response.toString()).isFalse();
		return response.at("/data");
	}

}
