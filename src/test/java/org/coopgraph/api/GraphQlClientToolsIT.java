package org.coopgraph.api;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.coopgraph.support.CoopgraphIT;
import org.coopgraph.support.NodePackage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service as the GraphQL ecosystem's own tools use it (Node.js packages in {@code src/test/js/graphql-clients}):
 * graphql-js's standard introspection, GraphQL Code Generator on the served SDL with tsc, and urql's automatic
 * persisted queries over GET and POST.
 */
@CoopgraphIT
class GraphQlClientToolsIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	NodePackage clients;

	@BeforeEach
	void install() {
		this.clients = NodePackage.installed("graphql-clients");
	}

	@Test
	void graphqlJsBuildsTheSchemaFromTheStandardIntrospectionQuery() {
		JsonNode result = run("introspect.mjs", endpoint());

		assertThat(result.get("status").asInt()).isEqualTo(200);
		assertThat(result.get("queryFields").valueStream().map(JsonNode::asString))
			.contains("entity", "search", "tasks", "pairings", "funding", "path", "documents", "stats");
	}

	@Test
	void codeGeneratedFromTheServedSchemaCompilesAndRefusesMisuse() throws Exception {
		Path out = Files.createTempDirectory("coopgraph-codegen-");

		JsonNode result = run("codegen.mjs", "http://127.0.0.1:" + this.port + GraphQlHttpRoutes.SCHEMA_FILE,
				out.toString());

		assertThat(Files.readString(out.resolve("generated.ts"))).contains("export type EntityNeighboursQuery");
		assertThat(result.get("clientErrors").valueStream().map(JsonNode::asString)).isEmpty();
		assertThat(result.get("misuseErrors").valueStream().map(JsonNode::asString))
			.anySatisfy((error) -> assertThat(error).contains("neighbors"))
			.anySatisfy((error) -> assertThat(error).contains("number"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "GET", "POST" })
	void urqlPersistsAQueryAndThenSendsOnlyItsHash(String method) {
		JsonNode result = run("apq.mjs", endpoint(), method.toLowerCase(Locale.ROOT));

		assertThat(result.get("errors").valueStream()).isEmpty();
		assertThat(result.get("results").get(1).at("/stats/labels").size()).isPositive();
		assertThat(result.get("requests").valueStream().map(GraphQlClientToolsIT::describe)).containsExactly(
				method + " hash without query", method + " hash with query", method + " hash without query");
	}

	private static String describe(JsonNode request) {
		return request.get("method").asString() + (request.get("sentHash").asBoolean() ? " hash" : " no hash")
				+ (request.get("sentQuery").asBoolean() ? " with query" : " without query");
	}

	private JsonNode run(String script, String... args) {
		return JSON.readTree(this.clients.run(script, args));
	}

	private String endpoint() {
		return "http://127.0.0.1:" + this.port + "/graphql";
	}

}
