package org.coopgraph.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Supplier;

import org.coopgraph.support.CoopgraphIT;
import org.coopgraph.support.GraphQlClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Malformed and abusive GraphQL requests: each gets a clear error within a bounded time, and the server goes on
 * answering ordinary queries.
 */
@CoopgraphIT
class HostileQueriesIT {

	private static final Duration BOUND = Duration.ofSeconds(5);

	@LocalServerPort
	int port;

	@Autowired
	GraphQlClient graphql;

	@Test
	void syntaxErrorsAreReportedWithTheirLocation() {
		JsonNode response = timed(() -> this.graphql.query("{ entity(name: \"x\" { name }"));

		assertThat(response.at("/errors/0/message").asString()).containsIgnoringCase("invalid syntax");
		assertThat(response.at("/errors/0/locations/0/line").asInt()).isEqualTo(1);
		stillServes();
	}

	@Test
	void wrongArgumentTypesAndUnknownFieldsAreValidationErrors() {
		JsonNode wrongType = timed(() -> this.graphql.query("{ search(text: 12, first: \"many\") { name } }"));
		JsonNode unknown = timed(() -> this.graphql.query("{ entity(name: \"x\") { salary } }"));

		assertThat(wrongType.at("/errors/0/extensions/classification").asString()).isEqualTo("ValidationError");
		assertThat(unknown.at("/errors/0/message").asString()).contains("salary");
		stillServes();
	}

	@Test
	void aOneMegabyteQueryIsRefused() {
		String huge = "{ stats { labels { name } } }" + " ".repeat(1_100_000);

		JsonNode response = timed(() -> this.graphql.query(huge));

		assertThat(response.has("errors")).isTrue();
		assertThat(response.has("data") && !response.get("data").isNull()).isFalse();
		stillServes();
	}

	@Test
	void fiftyLevelsOfNestingAreRefusedBeforeRunning() {
		String deep = "{ entity(name: \"无锡\") { " + "related { node { ... on Entity { ".repeat(25) + "name"
				+ " } } }".repeat(25) + " } }";

		JsonNode response = timed(() -> this.graphql.query(deep));

		assertThat(response.at("/errors/0/extensions/code").asString()).isEqualTo("LIMIT_EXCEEDED");
		stillServes();
	}

	@Test
	void aThousandAliasesOfOneFieldAreRefused() {
		StringBuilder query = new StringBuilder("{");
		for (int i = 0; i < 1000; i++) {
			query.append(" a").append(i).append(": documents { name }");
		}
		JsonNode response = timed(() -> this.graphql.query(query.append(" }").toString()));

		assertThat(response.at("/errors/0/extensions/code").asString()).isEqualTo("LIMIT_EXCEEDED");
		stillServes();
	}

	@Test
	void fragmentCyclesAreRejected() {
		JsonNode response = timed(() -> this.graphql.query("""
				{ entity(name: "无锡") { ...A } }
				fragment A on Entity { name related { node { ...B } } }
				fragment B on Entity { name ...A }"""));

		assertThat(response.at("/errors/0/message").asString()).containsIgnoringCase("fragment");
		stillServes();
	}

	@Test
	void hugePageSizesAreBadArguments() {
		JsonNode response = timed(() -> this.graphql.query("{ tasks(first: 2147483647) { taskId } }"));

		assertThat(response.at("/errors/0/extensions/code").asString()).isEqualTo("BAD_ARGUMENT");
		stillServes();
	}

	@Test
	void batchedRequestsGetAClearRefusal() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql"))
				.header("Content-Type", "application/json")
				.timeout(BOUND)
				.POST(HttpRequest.BodyPublishers.ofString("[{\"query\":\"{ stats { labels { name } } }\"}]"))
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isBetween(400, 499);
		stillServes();
	}

	@Test
	void errorsNeverCarryStackTraces() {
		JsonNode response = timed(() -> this.graphql.query("{ path(from: \"无锡\", to: \"无锡\", maxHops: 99) { length } }"));

		assertThat(response.at("/errors/0/extensions/code").asString()).isEqualTo("BAD_ARGUMENT");
		assertThat(JsonMapper.builder().build().writeValueAsString(response)).doesNotContain("Exception")
			.doesNotContain("\tat ");
	}

	private void stillServes() {
		JsonNode ordinary = this.graphql.query("{ documents { name } }");
		assertThat(ordinary.has("errors")).as(ordinary.toString()).isFalse();
	}

	private static JsonNode timed(Supplier<JsonNode> request) {
		long started = System.nanoTime();
		JsonNode response = request.get();
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(BOUND);
		return response;
	}

}
