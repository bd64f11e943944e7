package org.coopgraph.api;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.coopgraph.graph.GraphWriter;
import org.coopgraph.support.CoopgraphIT;
import org.coopgraph.support.GraphQlClient;
import org.coopgraph.support.TestDatabaseInitializer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** GraphQL over HTTP GET as apps and browsers use it: queries, refused mutations, ETags and 304, the schema file. */
@CoopgraphIT
class GraphQlGetIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String STATS = "{ stats { labels { name count } } }";

	@LocalServerPort
	int port;

	@Autowired
	GraphQlClient graphql;

	@Autowired
	GraphWriter writer;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void runsAQueryWithVariablesSentAsParameters() {
		HttpResponse<String> response = get(
				"query=" + encode("query($name: String!) { entity(name: $name) { name } }") + "&variables="
						+ encode("{\"name\":\"无锡\"}"),
				Map.of("Accept", "application/graphql-response+json"));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("application/graphql-response+json"));
		assertThat(json(response).at("/data/entity/name").asString()).isEqualTo("无锡市");
	}

	@Test
	void refusesAMutationOverGetWith405AndAJsonError() {
		HttpResponse<String> response = get("query=" + encode("mutation { ingestDocument(input: {name: \"a\", "
				+ "text: \"b\"}) { __typename } }"), Map.of("Accept", "application/json"));

		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.headers().firstValue("Allow")).hasValue("POST");
		assertThat(json(response).at("/errors/0/message").asString()).contains("POST");
	}

	@Test
	void sendsABrowserWithoutAQueryToGraphiql() throws Exception {
		HttpClient following = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
		HttpResponse<String> page = following.send(HttpRequest.newBuilder(endpoint(""))
			.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.uri().getPath()).isEqualTo("/graphiql");
		assertThat(page.body()).contains("GraphiQL");
	}

	@Test
	void explainsToAnAppWithoutAQueryWhatToSend() {
		HttpResponse<String> response = get("", Map.of("Accept", "application/json"));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(json(response).at("/errors/0/message").asString()).contains("'query' parameter");
	}

	@Test
	void answersNotModifiedUntilAnIngestChangesTheEtag() {
		HttpResponse<String> first = get("query=" + encode(STATS), Map.of());
		String etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-cache");

		HttpResponse<String> again = get("query=" + encode(STATS), Map.of("If-None-Match", etag));
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();

		String name = "etag-plan.txt";
		try {
			JsonNode ingested = this.graphql.queryWithToken("""
					mutation($text: String!) { ingestDocument(input: {name: "%s", text: $text}) { __typename } }"""
				.formatted(name), Map.of("text", "一、合作\n1．召开推进会。（责任单位：市发改委，完成时间：6月底前）"),
					TestDatabaseInitializer.API_TOKEN);
			assertThat(ingested.at("/data/ingestDocument/__typename").asString()).isEqualTo("IngestDocumentSuccess");

			HttpResponse<String> after = get("query=" + encode(STATS), Map.of("If-None-Match", etag));
			assertThat(after.statusCode()).isEqualTo(200);
			assertThat(after.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
		}
		finally {
			this.writer.remove(name);
		}
	}

	@Test
	void servesTheSchemaAsAnSdlFile() {
		HttpResponse<String> response = send(HttpRequest.newBuilder(
				URI.create("http://127.0.0.1:" + this.port + GraphQlHttpRoutes.SCHEMA_FILE)).build());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("type Query {", "entity(", "\"\"\"");
	}

	private HttpResponse<String> get(String parameters, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(endpoint(parameters));
		headers.forEach(request::header);
		return send(request.build());
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private URI endpoint(String parameters) {
		return URI.create("http://127.0.0.1:" + this.port + "/graphql" + (parameters.isEmpty() ? "" : "?" + parameters));
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

}
