package org.coopgraph.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.coopgraph.graph.GraphReads;
import org.coopgraph.ingest.IngestJob;
import org.coopgraph.ingest.IngestListener;
import org.coopgraph.ingest.IngestReport;
import org.coopgraph.support.CoopgraphIT;
import org.coopgraph.support.GraphQlClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@CoopgraphIT
class FoundationIT {

	@LocalServerPort
	int port;

	@Value("${coopgraph.neo4j.http-port}")
	int neo4jHttpPort;

	@Autowired
	IngestJob ingest;

	@Autowired
	GraphReads reads;

	@Autowired
	GraphQlClient graphql;

	@Test
	void answersThePairingOfWuxiUnderItsBareName() {
		JsonNode entity = this.graphql
			.query("{ entity(name: \"无锡\") { name type related(types: [PAIRS_WITH]) { node { name } evidence document } } }")
			.at("/data/entity");

		assertThat(entity.at("/name").asString()).isEqualTo("无锡市");
		assertThat(entity.at("/type").asString()).isEqualTo("CITY");
		assertThat(names(entity.at("/related"), "/node/name")).contains("连云港市");
		assertThat(entity.at("/related/0/evidence").asString()).isNotBlank();
		assertThat(entity.at("/related/0/document").asString()).endsWith(".txt");
	}

	@Test
	void readsATaskOfTheWorkPlanWithItsResponsibleDepartmentAndDeadline() {
		JsonNode tasks = this.graphql.query("""
				{ tasks(document: "wuxi-lianyungang-2023-plan.txt", text: "联席会议", first: 10) {
				    taskId text deadline responsible { name type } } }""").at("/data/tasks");

		assertThat(tasks.size()).isGreaterThan(0);
		JsonNode first = tasks.get(0);
		assertThat(first.at("/deadline").asString()).contains("月");
		assertThat(names(first.at("/responsible"), "/name")).contains("连云港市发展和改革委员会");
		assertThat(first.at("/responsible/0/type").asString()).isEqualTo("DEPARTMENT");
	}

	@Test
	void searchFindsADepartmentByItsAbbreviatedAlias() {
		JsonNode found = this.graphql.query("{ search(text: \"发改委\", types: [DEPARTMENT]) { name aliases } }")
			.at("/data/search");

		assertThat(names(found, "/name")).contains("连云港市发展和改革委员会");
	}

	@Test
	void aSecondIngestOfTheSameFolderChangesNothing() {
		JsonNode before = this.graphql.query("{ stats { labels { name count } relationships { name count } } }");

		IngestReport report = this.ingest.run(List.of(Path.of("import")), false, IngestListener.NONE);

		assertThat(report.newDocuments() + report.changedDocuments()).isZero();
		assertThat(report.unchangedDocuments()).isEqualTo(5);
		assertThat(this.graphql.query("{ stats { labels { name count } relationships { name count } } }"))
			.isEqualTo(before);
	}

	@Test
	void nestedFieldsCostTheSameNumberOfQueriesWhateverThePageSize() {
		String query = """
				query($n: Int) { tasks(first: $n) { taskId responsible { name tasks { taskId }
				  related(types: [PAIRS_WITH]) { type } } lead { name } } }""";
		long small = roundTrips(query, 2);
		long large = roundTrips(query, 60);

		assertThat(large).isEqualTo(small);
	}

	@Test
	void rejectsAPageSizeAboveTheCapWithACode() {
		JsonNode response = this.graphql.query("{ search(text: \"无锡\", first: 1000) { name } }");

		assertThat(response.at("/errors/0/extensions/code").asString()).isEqualTo("BAD_ARGUMENT");
		assertThat(response.at("/errors/0/message").asString()).contains("first");
	}

	@Test
	void servesNeo4jBrowserGraphiqlAndHealth() throws Exception {
		assertThat(get("http://127.0.0.1:" + this.neo4jHttpPort + "/browser/").statusCode()).isEqualTo(200);
		HttpResponse<String> graphiql = get("http://127.0.0.1:" + this.port + "/graphiql");
		assertThat(graphiql.statusCode()).isEqualTo(200);
		assertThat(graphiql.body()).contains("/webjars/graphiql/").doesNotContain("https://");
		assertThat(get("http://127.0.0.1:" + this.port + "/webjars/graphiql/2.4.7/graphiql.min.js").statusCode())
			.isEqualTo(200);
		HttpResponse<String> health = get("http://127.0.0.1:" + this.port + "/actuator/health");
		assertThat(health.body()).contains("\"neo4j\"").contains("\"status\":\"UP\"");
	}

	private long roundTrips(String query, int pageSize) {
		long before = this.reads.roundTrips();
		JsonNode response = this.graphql.query(query, Map.of("n", pageSize));
		assertThat(response.has("errors")).as(response.toString()).isFalse();
		return this.reads.roundTrips() - before;
	}

	private static List<String> names(JsonNode array, String pointer) {
		return array.valueStream().map((n) -> n.at(pointer).asString()).toList();
	}

	private static HttpResponse<String> get(String url) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
	}

}
