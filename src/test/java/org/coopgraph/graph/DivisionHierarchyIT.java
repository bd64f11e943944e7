package org.coopgraph.graph;

import java.util.List;
import java.util.Map;

import org.coopgraph.extract.model.DocumentExtraction;
import org.coopgraph.extract.model.EntityType;
import org.coopgraph.extract.model.ExtractedEntity;
import org.coopgraph.support.CoopgraphIT;
import org.coopgraph.support.GeoFixture;
import org.coopgraph.support.RunScopedDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Places keyed by division code, their ancestors up to the province, and years on documents and facts, as the writer
 * stores them; and ancestors that nothing needs any more going with the last place inside them.
 */
@CoopgraphIT
@ExtendWith(GeoFixture.class)
class DivisionHierarchyIT {

	@Autowired
	GraphWriter writer;

	@Autowired
	Driver driver;

	@Test
	void sameNamedDistrictsOfTwoCitiesAreTwoPlacesEachInItsCityAndProvince() {
		List<Record> districts = rows("""
				MATCH (e:Entity {name: '鼓楼区'}) WHERE e.key IN ['320106', '320302']
				MATCH (e)-[:IN_DIVISION]->(city)-[:IN_DIVISION]->(province:Province)
				RETURN e.key AS key, e.code AS code, e.level AS level, e.province AS province, city.name AS city,
				       province.name AS provinceName, province.type AS provinceType, province.level AS provinceLevel
				ORDER BY key""");

		assertThat(districts).extracting((r) -> r.get("key").asString()).containsExactly("320106", "320302");
		assertThat(districts).extracting((r) -> r.get("city").asString()).containsExactly("南京市", "徐州市");
		assertThat(districts).allSatisfy((r) -> {
			assertThat(r.get("code").asString()).isEqualTo(r.get("key").asString());
			assertThat(r.get("level").asString()).isEqualTo("COUNTY");
			assertThat(r.get("province").asString()).isEqualTo("320000");
			assertThat(r.get("provinceName").asString()).isEqualTo("江苏省");
			assertThat(r.get("provinceType").asString()).isEqualTo("PROVINCE");
			assertThat(r.get("provinceLevel").asString()).isEqualTo("PROVINCE");
		});
	}

	@Test
	void hierarchyLinksCarryNoDocumentAndFactsPointAtTheRightDistrict() {
		assertThat(single("""
				MATCH (:Entity {key: '611025101'})-[links:IN_DIVISION*]->(p:Province)
				RETURN [l IN links | l.document] + [p.key] AS chain""").asList(Value::asObject))
			.containsExactly(null, null, null, "610000");
		assertThat(single("""
				MATCH (:Entity {key: '320302'})-[r:FUNDS]->(t:Entity) RETURN collect(t.key + ':' + r.year)""")
			.asList(Value::asString)).containsExactly("611022:2021");
		assertThat(single("""
				MATCH (:Entity {key: '320106'})-[r:FUNDS]->(:Entity {key: '611025'})
				RETURN collect(r.amountCny + ':' + r.year)""").asList(Value::asString))
			.containsExactlyInAnyOrder("2000000:2022", "1000000:2023");
		assertThat(single("""
				MATCH (:Entity {key: '320300'})-[r:FUNDS]->(:Entity {key: '611022'}) RETURN r.year""").isNull()).isTrue();
	}

	@Test
	void placesWithoutOneCodeKeepTheirNameAndAmbiguousOnesTheirCandidates() {
		Record town = rows("MATCH (e:Entity {key: '城关镇'}) RETURN e.code AS code, e.candidates AS candidates").get(0);
		assertThat(town.get("code").isNull()).isTrue();
		assertThat(town.get("candidates").asList(Value::asString)).containsExactly("410183100", "341222100",
				"120114110");
		assertThat(single("MATCH (e:Entity {key: '青川湾县'}) RETURN e.code IS NULL AND e.province IS NULL").asBoolean())
			.isTrue();
		assertThat(single("MATCH (:Entity {key: '青川湾县'})-[r:IN_DIVISION]->() RETURN count(r)").asInt()).isZero();
	}

	@Test
	void documentsKeepTheirYearDateAndHowTheYearWasFound() {
		Record nanjing = document(GeoFixture.NANJING);
		assertThat(nanjing.get("year").asInt()).isEqualTo(2022);
		assertThat(nanjing.get("date").asString()).isEqualTo("2022-03-15");
		assertThat(nanjing.get("yearSource").asString()).isEqualTo("ISSUE_DATE");
		Record xuzhou = document(GeoFixture.XUZHOU);
		assertThat(xuzhou.get("year").isNull()).isTrue();
		assertThat(xuzhou.get("yearSource").asString()).isEqualTo("NONE");
	}

	@Test
	void removingTheLastPlaceInsideAnAncestorRemovesTheAncestorsNothingElseNeeds() {
		String doc = "geo-hierarchy-removal.txt";
		DocumentExtraction jingyuan = new DocumentExtraction(doc, "泾源县", "",
				List.of(new ExtractedEntity("泾源县", EntityType.COUNTY, List.of(), "640424", List.of())), List.of(),
				List.of());
		this.writer.write(new DocumentSource(doc, "泾源县", "jingyuan-v1", "text", 10), jingyuan, false);
		assertThat(keys(List.of("640424", "640400", "640000"))).containsExactly("640000", "640400", "640424");
		assertThat(single("MATCH (e:Entity {key: '640400'}) RETURN e.name + '|' + e.type + '|' + size(e.aliases)")
			.asString()).isEqualTo("固原市|CITY|0");

		this.writer.remove(doc);

		assertThat(keys(List.of("640424", "640400"))).isEmpty();
		assertThat(single("""
				OPTIONAL MATCH (p:Entity {key: '640000'})
				RETURN p IS NULL OR EXISTS { (p)<-[:IN_DIVISION]-() } OR EXISTS { (p)<-[:MENTIONS]-() }""")
			.asBoolean()).as("the province goes unless something else needs it").isTrue();
		// A re-ingest that drops a town keeps its county while another document's place lies in the same city.
		GeoFixture.remove(this.writer);
		GeoFixture.write(this.writer);
		this.writer.remove(GeoFixture.NANJING);
		assertThat(keys(List.of("611025101", "611025", "611000", "611022"))).containsExactly("611000", "611022");
	}

	@Test
	void anAmbiguousPlaceLosesTheCandidatesOfADocumentRemovedOrReadAgain() {
		RunScopedDocuments docs = new RunScopedDocuments();
		String place = docs.name("新华区");
		String first = docs.document("ambiguous-", "a.txt");
		String second = docs.document("ambiguous-", "b.txt");
		try {
			writeAmbiguous(docs, first, place, "a-v1", List.of("130105", "130902"));
			writeAmbiguous(docs, second, place, "b-v1", List.of("130902", "410402"));
			assertThat(candidates(place)).containsExactly("130105", "130902", "410402");

			this.writer.remove(first);
			assertThat(candidates(place)).containsExactly("130902", "410402");

			writeAmbiguous(docs, second, place, "b-v2", List.of("130105", "410402"));
			assertThat(candidates(place)).containsExactly("130105", "410402");
		}
		finally {
			docs.removeAll(this.writer);
		}
		assertThat(keys(List.of(place))).isEmpty();
	}

	private void writeAmbiguous(RunScopedDocuments docs, String doc, String place, String sha256,
			List<String> candidates) {
		DocumentExtraction extraction = new DocumentExtraction(doc, place, "",
				List.of(new ExtractedEntity(place, EntityType.COUNTY, List.of(), null, candidates)), List.of(),
				List.of());
		this.writer.write(new DocumentSource(doc, place, sha256, "text", 10), extraction, false);
		docs.written(doc);
	}

	private List<String> candidates(String key) {
		return single("MATCH (e:Entity {key: $key}) RETURN e.candidates", Map.of("key", key)).asList(Value::asString);
	}

	private Record document(String name) {
		return rows("""
				MATCH (d:Document {key: $name})
				RETURN d.year AS year, toString(d.date) AS date, d.yearSource AS yearSource""", Map.of("name", name))
			.get(0);
	}

	private List<String> keys(List<String> keys) {
		return single("MATCH (e:Entity) WHERE e.key IN $keys RETURN collect(e.key)", Map.of("keys", keys))
			.asList(Value::asString)
			.stream()
			.sorted()
			.toList();
	}

	private Value single(String query) {
		return single(query, Map.of());
	}

	private Value single(String query, Map<String, Object> parameters) {
		return rows(query, parameters).get(0).get(0);
	}

	private List<Record> rows(String query) {
		return rows(query, Map.of());
	}

	private List<Record> rows(String query, Map<String, Object> parameters) {
		try (Session session = this.driver.session()) {
			return session.run(query, parameters).list();
		}
	}

}
