package org.coopgraph.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.function.IntSupplier;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Sends GraphQL requests over real HTTP and returns the parsed response body. */
public final class GraphQlClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final IntSupplier port;

	public GraphQlClient(int port) {
		this(() -> port);
	}

	/** A client for a server whose port is known only once it has started. */
	public GraphQlClient(IntSupplier port) {
		this.port = port;
	}

	public JsonNode query(String query) {
		return query(query, Map.of());
	}

	public JsonNode query(String query, Map<String, Object> variables) {
		return post(JSON.writeValueAsString(Map.of("query", query, "variables", variables)), null);
	}

	/** Sends the query with {@code Authorization: Bearer <token>}. */
	public JsonNode queryWithToken(String query, Map<String, Object> variables, String token) {
		return post(JSON.writeValueAsString(Map.of("query", query, "variables", variables)), token);
	}

	public JsonNode post(String body, String token) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port.getAsInt() + "/graphql"))
			.header("Content-Type", "application/json")
			.header("Accept", "application/graphql-response+json, application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (token != null) {
			builder.header("Authorization", "Bearer " + token);
		}
		HttpRequest request = builder.build();
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			return JSON.readTree(response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
