package org.coopgraph.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.coopgraph.extract.model.DocumentExtraction;
import org.coopgraph.extract.model.EntityType;
import org.coopgraph.extract.model.Evidence;
import org.coopgraph.extract.model.ExtractedEntity;
import org.coopgraph.extract.model.ExtractedRelation;
import org.coopgraph.extract.model.RelationType;
import org.coopgraph.graph.DocumentSource;
import org.coopgraph.graph.GraphReads;
import org.coopgraph.graph.GraphWriter;
import org.coopgraph.support.ApiFixture;
import org.coopgraph.support.CoopgraphIT;
import org.coopgraph.support.GraphQlClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@CoopgraphIT
class ApiIT {

	@Autowired
	GraphWriter writer;

	@Autowired
	GraphReads reads;

	@Autowired
	ParsedQueryCache parsedQueries;

	@Autowired
	GraphQlClient graphql;

	@BeforeEach
	void fixture() {
		ApiFixture.write(this.writer);
	}

	@Test
	void pagesThroughSearchResultsWithCursors() {
		JsonNode first = data("{ searchEntities(text: \"中学\", first: 1) { totalCount "
				+ "edges { cursor node { name } } pageInfo { hasNextPage endCursor } } }").at("/searchEntities");
		assertThat(first.at("/totalCount").asInt()).isGreaterThanOrEqualTo(2);
		assertThat(first.at("/pageInfo/hasNextPage").asBoolean()).isTrue();

		String after = first.at("/pageInfo/endCursor").asString();
		JsonNode second = data("query($after: String) { searchEntities(text: \"中学\", first: 1, after: $after) "
				+ "{ edges { node { name } } pageInfo { hasPreviousPage } } }", Map.of("after", after))
			.at("/searchEntities");

		assertThat(second.at("/pageInfo/hasPreviousPage").asBoolean()).isTrue();
		assertThat(second.at("/edges/0/node/name").asString())
			.isNotEqualTo(first.at("/edges/0/node/name").asString());
	}

	@Test
	void keepsTheParsedFormOfARepeatedQuery() {
		String query = "query($id: ID!) { entity(id: $id) { name parsedQueryCacheProbe: type } }";
		int before = this.parsedQueries.size();
		assertThat(data(query, Map.of("id", "白云县")).at("/entity/name").asString()).isEqualTo("白云县");
		assertThat(data(query, Map.of("id", "白云县")).at("/entity/name").asString()).isEqualTo("白云县");
		assertThat(this.parsedQueries.size()).isEqualTo(before + 1);
	}

	@Test
	void findsEntitiesByIdAndTasksAsNodes() {
		assertThat(data("{ entity(id: \"白云县\") { name type } }").at("/entity/type").asString()).isEqualTo("COUNTY");
		JsonNode node = data("{ node(id: \"api-fixture.txt#1.2\") { name ... on Task { taskId deadline "
				+ "lead { name } coResponsible { name } } } }").at("/node");

		assertThat(node.at("/taskId").asString()).isEqualTo("1.2");
		assertThat(node.at("/deadline").asString()).isEqualTo("10月底前");
		assertThat(node.at("/lead/0/name").asString()).isEqualTo("青山市发展和改革委员会");
		assertThat(node.at("/coResponsible/0/name").asString()).isEqualTo("青山市财政局");
	}

	@Test
	void relatedFactsCarryProvenanceAndPage() {
		JsonNode all = data("{ entity(name: \"青山\") { related(types: [FUNDS], direction: OUT) "
				+ "{ type direction amountCny evidence document start end cursor node { name } } } }")
			.at("/entity/related");
		assertThat(all.size()).isEqualTo(3);
		assertThat(all.get(0).at("/document").asString()).isEqualTo(ApiFixture.DOCUMENT);
		assertThat(all.get(0).at("/evidence").asString()).contains("青山市");
		assertThat(all.get(0).at("/end").asInt()).isGreaterThan(all.get(0).at("/start").asInt());

		JsonNode page = data("query($after: String) { entity(name: \"青山\") { related(types: [FUNDS], "
				+ "direction: OUT, first: 2, after: $after) { cursor } } }",
				Map.of("after", all.get(0).at("/cursor").asString()))
			.at("/entity/related");
		assertThat(page.valueStream().map((n) -> n.at("/cursor").asString()))
			.containsExactly(all.get(1).at("/cursor").asString(), all.get(2).at("/cursor").asString());
	}

	@Test
	void relatedEntitiesGivesEachNeighbourOnceWithWhatLinksThem() {
		JsonNode neighbours = data("{ entity(name: \"青山\") { relatedEntities { entity { name type } "
				+ "relationTypes factCount documents cursor } } }").at("/entity/relatedEntities");

		assertThat(names(neighbours, "/entity/name")).containsExactly("白云县", "青绿工业园区", "绿水市");
		JsonNode baiyun = neighbours.get(0);
		assertThat(baiyun.at("/entity/type").asString()).isEqualTo("COUNTY");
		assertThat(names(baiyun.at("/relationTypes"), "")).containsExactly("FUNDS");
		assertThat(baiyun.at("/factCount").asInt()).isEqualTo(2);
		assertThat(names(baiyun.at("/documents"), "")).containsExactly(ApiFixture.DOCUMENT);
		assertThat(names(neighbours.get(1).at("/relationTypes"), "")).containsExactly("CO_BUILDS", "FUNDS");

		JsonNode page = data("query($after: String) { entity(name: \"青山\") { relatedEntities(first: 1, after: $after) "
				+ "{ entity { name } } } }", Map.of("after", baiyun.at("/cursor").asString()))
			.at("/entity/relatedEntities");
		assertThat(names(page, "/entity/name")).containsExactly("青绿工业园区");
	}

	@Test
	void relatedEntitiesOfManyEntitiesCostOneQuery() {
		JsonNode found = data("{ search(text: \"青山\") { name } }").at("/search");
		assertThat(found.size()).isGreaterThan(1);

		long before = this.reads.roundTrips();
		JsonNode withNeighbours = data("{ search(text: \"青山\") { name relatedEntities(types: [FUNDS, PAIRS_WITH]) "
				+ "{ entity { name } factCount } } }").at("/search");

		assertThat(this.reads.roundTrips() - before).isEqualTo(2);
		assertThat(withNeighbours.get(0).at("/relatedEntities/0/entity/name").asString()).isEqualTo("白云县");
	}

	@Test
	void aFactsOtherEntityIsReadWithoutAFragment() {
		JsonNode related = data("{ entity(name: \"青山\") { related(types: [FUNDS]) { entity { name type } } } }")
			.at("/entity/related");

		assertThat(names(related, "/entity/type")).contains("COUNTY", "PARK");
	}

	@Test
	void twoLevelsOfNeighboursOfManyEntitiesCostOneQuery() {
		long before = this.reads.roundTrips();
		JsonNode found = data("{ search(text: \"青山\") { name neighbors(depth: 2) { nodes { name } truncated } } }")
			.at("/search");

		assertThat(found.size()).isGreaterThan(1);
		// The search, then both levels of every entity's subgraph at once.
		assertThat(this.reads.roundTrips() - before).isEqualTo(2);
		assertThat(names(found.get(0).at("/neighbors/nodes"), "/name")).contains("白云县", "绿水市");
	}

	@Test
	void neighborsReturnADrawableSubgraph() {
		JsonNode subgraph = data("{ entity(name: \"绿水市\") { neighbors(depth: 2, types: [LOCATED_IN, PAIRS_WITH]) "
				+ "{ nodes { id name } edges { type from to } truncated } } }").at("/entity/neighbors");

		assertThat(subgraph.at("/nodes/0/name").asString()).isEqualTo("绿水市");
		assertThat(names(subgraph.at("/nodes"), "/name")).contains("青山市", "白云县", "青绿工业园区");
		assertThat(names(subgraph.at("/edges"), "/type")).contains("LOCATED_IN", "PAIRS_WITH");
		assertThat(subgraph.at("/truncated").asBoolean()).isFalse();

		JsonNode capped = data("{ entity(name: \"绿水市\") { neighbors(depth: 2, maxNodes: 2) { nodes { id } truncated } } }")
			.at("/entity/neighbors");
		assertThat(capped.at("/nodes").size()).isEqualTo(2);
		assertThat(capped.at("/truncated").asBoolean()).isTrue();

		JsonNode funds = data("{ entity(name: \"白云县\") { neighbors(types: [FUNDS]) "
				+ "{ edges { type from to amountCny evidence document } } } }").at("/entity/neighbors/edges/0");
		assertThat(funds.at("/from").asString()).isEqualTo("青山市");
		assertThat(funds.at("/amountCny").asDouble()).isPositive();
		assertThat(funds.at("/evidence").asString()).startsWith("青山市与白云县");
		assertThat(funds.at("/document").asString()).isEqualTo("api-fixture.txt");
	}

	@Test
	void nodesAnswerWhicheverFieldsAreSelected() {
		String unit = "青山市发展和改革委员会";
		JsonNode brief = data("query($n: String!) { entity(name: $n) { neighbors(types: [LEADS]) { nodes { id name } } "
				+ "related(types: [LEADS]) { node { id name } } } }", Map.of("n", unit)).at("/entity");
		assertThat(names(brief.at("/neighbors/nodes"), "/name")).anyMatch((name) -> name.startsWith("1.2 "));
		assertThat(brief.at("/related/0/node/name").asString()).startsWith("1.2 ");

		String fields = "{ id name ... on Task { deadline document } ... on Entity { type aliases } }";
		JsonNode all = data("query($n: String!) { entity(name: $n) { neighbors(types: [LEADS]) { nodes " + fields
				+ " edges { type evidence document } } related(types: [LEADS]) { node " + fields + " } } }",
				Map.of("n", unit))
			.at("/entity");
		assertThat(all.at("/neighbors/nodes/0/type").asString()).isEqualTo("DEPARTMENT");
		assertThat(all.at("/neighbors/nodes/1/deadline").asString()).isEqualTo("10月底前");
		assertThat(all.at("/neighbors/nodes/1/document").asString()).isEqualTo(ApiFixture.DOCUMENT);
		assertThat(all.at("/neighbors/edges/0/type").asString()).isEqualTo("LEADS");
		assertThat(all.at("/neighbors/edges/0/evidence").asString()).isNotBlank();
		assertThat(all.at("/neighbors/edges/0/document").asString()).isEqualTo(ApiFixture.DOCUMENT);
		assertThat(all.at("/related/0/node/document").asString()).isEqualTo(ApiFixture.DOCUMENT);
	}

	@Test
	void pairingsCarryLevelAndDocuments() {
		JsonNode pairings = data("{ pairings(place: \"青山\") { a { name } b { name } level documents } }")
			.at("/pairings");
		assertThat(pairings.size()).isEqualTo(1);
		assertThat(pairings.at("/0/level").asString()).isEqualTo("CITY");
		assertThat(pairings.at("/0/documents/0").asString()).isEqualTo(ApiFixture.DOCUMENT);

		assertThat(data("{ pairings(place: \"白云中学\") { level } }").at("/pairings").isEmpty())
			.as("places only by default")
			.isTrue();
		JsonNode schools = data("{ pairings(place: \"白云中学\", levels: [SCHOOL]) { level } }").at("/pairings");
		assertThat(schools.at("/0/level").asString()).isEqualTo("SCHOOL");
	}

	@Test
	void fundingIsSummedPerRecipient() {
		JsonNode groups = data("{ funding(funder: \"青山市\", groupBy: RECIPIENT) "
				+ "{ recipient { name } totalCny count facts { amountCny evidence } } }").at("/funding");

		assertThat(groups.at("/0/recipient/name").asString()).isEqualTo("白云县");
		assertThat(groups.at("/0/totalCny").asDouble()).isEqualTo(4_200_000d);
		assertThat(groups.at("/0/count").asInt()).isEqualTo(2);
		assertThat(groups.at("/1/totalCny").asDouble()).isEqualTo(500_000d);

		for (String grouping : List.of("FUNDER", "RECIPIENT", "PAIR")) {
			String groupsOf = "{ funding(groupBy: " + grouping + ") { funder { name } recipient { name } totalCny count ";
			JsonNode summedInDatabase = data(groupsOf + "} }").at("/funding");
			JsonNode summedFromFacts = data(groupsOf + "facts { amountCny } } }").at("/funding");
			assertThat(summedInDatabase.size()).as(grouping).isPositive().isEqualTo(summedFromFacts.size());
			for (int i = 0; i < summedInDatabase.size(); i++) {
				((ObjectNode) summedFromFacts.get(i)).remove("facts");
				assertThat(summedInDatabase.get(i)).as(grouping).isEqualTo(summedFromFacts.get(i));
			}
		}
	}

	@Test
	void findsTheShortestPathWithEvidence() {
		JsonNode path = data("{ path(from: \"绿水\", to: \"青绿园区\", maxHops: 3) "
				+ "{ length nodes { name } edges { type evidence } } }").at("/path");

		assertThat(path.at("/length").asInt()).isEqualTo(2);
		assertThat(path.at("/nodes/0/name").asString()).isEqualTo("绿水市");
		assertThat(path.at("/nodes/2/name").asString()).isEqualTo("青绿工业园区");
		assertThat(path.at("/edges/0/evidence").asString()).isNotBlank();
	}

	@Test
	void pathEvidenceIsABodySentenceBeforeATitleAndSaysWhenOnlyTheTitleStatesIt() {
		String title = "青山绿水结对帮扶合作2024年计划";
		String sentence = "青山市与绿水市签订结对帮扶协议。";
		this.writer.write(new DocumentSource("path-title-only.txt", title, "title-v1", "text", 40),
				pairing("path-title-only.txt", title, title), false);
		this.writer.write(new DocumentSource("path-title-first.txt", title, "title-v1", "text", 80),
				pairing("path-title-first.txt", title, sentence), false);
		try {
			String query = "{ path(from: \"青山市\", to: \"绿水市\", maxHops: 1, types: [PAIRS_WITH]) "
					+ "{ edges { evidence document evidenceSource } } }";
			JsonNode edge = data(query).at("/path/edges/0");
			assertThat(edge.at("/evidence").asString()).isEqualTo("青山市与绿水市的事实0");
			assertThat(edge.at("/evidenceSource").asString()).isEqualTo("SENTENCE");

			this.writer.remove(ApiFixture.DOCUMENT);
			JsonNode next = data(query).at("/path/edges/0");
			assertThat(next.at("/evidence").asString()).isEqualTo(sentence);
			assertThat(next.at("/document").asString()).isEqualTo("path-title-first.txt");

			this.writer.remove("path-title-first.txt");
			JsonNode titleOnly = data(query).at("/path/edges/0");
			assertThat(titleOnly.at("/evidence").asString()).isEqualTo(title);
			assertThat(titleOnly.at("/evidenceSource").asString()).isEqualTo("TITLE");
		}
		finally {
			this.writer.remove("path-title-only.txt");
			this.writer.remove("path-title-first.txt");
		}
	}

	@Test
	void filtersTasksByLeadUnit() {
		JsonNode tasks = data("{ tasks(lead: \"青山市发展和改革委员会\") { taskId } }").at("/tasks");

		assertThat(names(tasks, "/taskId")).containsExactly("1.2");
	}

	@Test
	void filtersTasksByDeadlineDate() {
		JsonNode tasks = data("{ tasks(document: \"api-fixture.txt\", deadlineBefore: \"2024-07-01\") { taskId deadline } }")
			.at("/tasks");

		assertThat(names(tasks, "/taskId")).containsExactly("1.1");
	}

	@Test
	void refusesTooDeepQueriesAndTooManyAliases() {
		String deep = "{ entity(name: \"青山\") { " + "related { node { ... on Entity { ".repeat(7) + "name"
				+ " } } }".repeat(7) + " } }";
		assertThat(code(this.graphql.query(deep))).isEqualTo("LIMIT_EXCEEDED");

		StringBuilder aliases = new StringBuilder("{ ");
		for (int i = 0; i < 60; i++) {
			aliases.append("a").append(i).append(": stats { labels { name } } ");
		}
		JsonNode response = this.graphql.query(aliases.append("}").toString());
		assertThat(code(response)).isEqualTo("LIMIT_EXCEEDED");
		assertThat(response.at("/errors/0/message").asString()).contains("coopgraph.api.max-aliases");
	}

	@Test
	void readsAnEntityByNameAndThenItsFactsInOneQueryMore() {
		String facts = "related(types: [FUNDS, PAIRS_WITH], first: 2, after: $after) "
				+ "{ type direction cursor node { id } evidence }";
		Map<String, Object> variables = new HashMap<>();
		variables.put("after", null);
		long before = this.reads.roundTrips();
		JsonNode byName = data("query($after: String) { entity(name: \"青山\") { id " + facts + " } }", variables)
			.at("/entity");
		// The lookup, then the facts through their batch loader: no look-ahead from the entity into its fields.
		assertThat(this.reads.roundTrips() - before).isEqualTo(2);
		JsonNode byId = data("query($after: String) { entity(id: \"青山市\") { id " + facts + " } }", variables)
			.at("/entity");
		assertThat(byName).isEqualTo(byId);
		assertThat(byName.at("/related").size()).isEqualTo(2);

		variables.put("after", byName.at("/related/1/cursor").asString());
		JsonNode next = data("query($after: String) { entity(name: \"青山市\") { id " + facts + " } }", variables)
			.at("/entity/related");
		assertThat(next.size()).isPositive();
		assertThat(next.get(0)).isNotIn(byName.at("/related").get(0), byName.at("/related").get(1));
		assertThat(data("{ entity(name: \"不存在的地方\") { related { type } } }").at("/entity").isNull()).isTrue();
	}

	@Test
	void readsTwoLevelsOfNeighboursInOneQuery() {
		String subgraph = "neighbors(depth: 2) { nodes { id name } edges { type from to } truncated }";
		long before = this.reads.roundTrips();
		JsonNode byName = data("{ entity(name: \"青山\") { id " + subgraph + " } }").at("/entity");
		// The lookup, then both levels through the batch loader.
		assertThat(this.reads.roundTrips() - before).isEqualTo(2);
		JsonNode byId = data("{ entity(id: \"青山市\") { id " + subgraph + " } }").at("/entity");

		assertThat(byName).isEqualTo(byId);
		assertThat(names(byName.at("/neighbors/nodes"), "/name")).contains("白云县", "绿水市");
		assertThat(data("{ entity(name: \"不存在的地方\") { " + subgraph + " } }").at("/entity").isNull()).isTrue();

		// Capped or not, and with a third level, the same subgraph by name as by id.
		for (String arguments : List.of("depth: 3", "depth: 2, maxNodes: 4", "depth: 3, maxNodes: 6", "depth: 1")) {
			String deeper = subgraph.replace("depth: 2", arguments);
			before = this.reads.roundTrips();
			JsonNode deeperByName = data("{ entity(name: \"青山\") { id " + deeper + " } }").at("/entity");
			// A third level costs a query only when the second left a frontier and room.
			assertThat(this.reads.roundTrips() - before).isBetween(2L, arguments.startsWith("depth: 3") ? 3L : 2L);
			assertThat(deeperByName).as(arguments)
				.isEqualTo(data("{ entity(id: \"青山市\") { id " + deeper + " } }").at("/entity"));
		}
	}

	@Test
	void readsTasksWithTheirUnitsInOneQuery() {
		long before = this.reads.roundTrips();
		String tasksOf = "{ tasks(responsible: \"青山市发展和改革委员会\") { taskId lead { name } ";
		JsonNode withLead = data(tasksOf + "} }").at("/tasks");
		assertThat(this.reads.roundTrips() - before).isEqualTo(1);
		JsonNode batched = data(tasksOf + "coResponsible { name } } }").at("/tasks");
		assertThat(names(withLead, "/taskId")).containsExactly("1.1", "1.2");
		for (int i = 0; i < 2; i++) {
			assertThat(withLead.get(i).at("/lead")).isEqualTo(batched.get(i).at("/lead"));
		}
		assertThat(names(withLead.get(1).at("/lead"), "/name")).containsExactly("青山市发展和改革委员会");
		assertThat(names(batched.get(1).at("/coResponsible"), "/name")).containsExactly("青山市财政局");
	}

	@Test
	void resolvesNamesByAliasInOneQuery() {
		long before = this.reads.roundTrips();
		JsonNode funding = data("{ funding(funder: \"青山\", groupBy: RECIPIENT) { recipient { name } totalCny } }")
			.at("/funding/0");
		assertThat(this.reads.roundTrips() - before).isEqualTo(1);
		assertThat(funding.at("/recipient/name").asString()).isEqualTo("白云县");
		assertThat(funding.at("/totalCny").asDouble()).isGreaterThanOrEqualTo(1_200_000d);

		before = this.reads.roundTrips();
		JsonNode path = data("{ path(from: \"青山\", to: \"白云\", maxHops: 2) { nodes { name } } }").at("/path/nodes");
		assertThat(this.reads.roundTrips() - before).isEqualTo(1);
		assertThat(names(path, "/name")).startsWith("青山市").endsWith("白云县");
	}

	@Test
	void reportsUnknownNamesAndBadArgumentsWithoutInternals() {
		Map<String, String> queries = Map.of("place", "{ pairings(place: \"不存在的地方\") { level } }",
				"from", "{ path(from: \"不存在的地方\", to: \"青山市\") { length } }",
				"to", "{ path(from: \"青山市\", to: \"不存在的地方\") { length } }",
				"funder", "{ funding(funder: \"不存在的地方\") { count } }",
				"recipient", "{ funding(recipient: \"不存在的地方\") { count } }",
				"responsible", "{ tasks(responsible: \"不存在的地方\") { taskId } }",
				"lead", "{ tasks(lead: \"  \") { taskId } }");
		queries.forEach((argument, query) -> {
			JsonNode missing = this.graphql.query(query);
			assertThat(code(missing)).as(query).isEqualTo("NOT_FOUND");
			assertThat(missing.at("/errors/0/message").asString()).as(query).contains("'" + argument + "'");
		});
		assertThat(data("{ funding(funder: \"青山市\", recipient: \"青山市\") { count } }").at("/funding").isEmpty())
			.isTrue();

		JsonNode badDate = this.graphql.query("{ tasks(deadlineBefore: \"next week\") { taskId } }");
		assertThat(code(badDate)).isEqualTo("BAD_ARGUMENT");

		JsonNode badCursor = this.graphql.query("{ searchEntities(text: \"青山\", after: \"xyz\") { totalCount } }");
		assertThat(code(badCursor)).isEqualTo("BAD_ARGUMENT");
		assertThat(badCursor.toString()).doesNotContain("Exception").doesNotContain("at org.");
	}

	@Test
	void hostileTextIsSearchedForAsTextNotAsQuerySyntax() {
		for (String hostile : List.of("青山 OR *:*", "name:\"x\" AND \\", "\") MATCH (n) DETACH DELETE n //",
				"青山\u0000\u0007", "\uD800青山")) {
			JsonNode response = this.graphql.query(
					"query($t: String!) { search(text: $t) { name } entity(name: $t) { name } tasks(text: $t) { taskId } }",
					Map.of("t", hostile));
			assertThat(response.has("errors")).as(hostile + " -> " + response).isFalse();
			assertThat(response.at("/data/entity").isNull()).isTrue();
		}
		assertThat(data("{ entity(name: \"青山市\") { name } }").at("/entity/name").asString()).isEqualTo("青山市");
	}

	@Test
	void neighborsOfManyEntitiesCostOneQueryPerLevel() {
		String query = "query($n: Int) { search(text: \"市\", first: $n) { neighbors(depth: 2) { nodes { id } } } }";
		long few = roundTrips(query, 2);
		long many = roundTrips(query, 40);

		// search, the roots, then at most one query per level: never one per entity
		assertThat(few).isLessThanOrEqualTo(4);
		assertThat(many).isLessThanOrEqualTo(4);
	}

	private long roundTrips(String query, int n) {
		long before = this.reads.roundTrips();
		data(query, Map.of("n", n));
		return this.reads.roundTrips() - before;
	}

	private JsonNode data(String query) {
		return data(query, Map.of());
	}

	private JsonNode data(String query, Map<String, Object> variables) {
		JsonNode response = this.graphql.query(query, variables);
		assertThat(response.has("errors")).as(response.toString()).isFalse();
		return response.at("/data");
	}

	private static String code(JsonNode response) {
		return response.at("/errors/0/extensions/code").asString();
	}

	/** A document that states the pairing of 青山市 and 绿水市 once, in {@code evidence}. */
	private static DocumentExtraction pairing(String document, String title, String evidence) {
		return new DocumentExtraction(document, title, "青山市人民政府办公室",
				List.of(new ExtractedEntity("青山市", EntityType.CITY, List.of()),
						new ExtractedEntity("绿水市", EntityType.CITY, List.of())),
				List.of(new ExtractedRelation(RelationType.PAIRS_WITH, "青山市", "绿水市", null,
						new Evidence(evidence, 0, evidence.length()), "test")),
				List.of());
	}

	private static List<String> names(JsonNode array, String pointer) {
		return array.valueStream().map((n) -> n.at(pointer).asString()).toList();
	}

}
