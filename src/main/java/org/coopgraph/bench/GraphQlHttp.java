package org.coopgraph.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts GraphQL requests over real HTTP (loopback) and checks each answer: a request counts as answered only with
 * status 200, data and no errors. Thread-safe; the client keeps connections alive across requests.
 */
final class GraphQlHttp {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final URI endpoint;

	GraphQlHttp(URI endpoint) {
		this.endpoint = endpoint;
	}

	/** The request body for a query and its variables. */
	static String body(String query, Map<String, Object> variables) {
		return JSON.writeValueAsString(Map.of("query", query, "variables", variables));
	}

	/** Sends a prepared body; returns the {@code data} member or throws with the server's complaint. */
	JsonNode post(String body) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(this.endpoint)
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IOException("HTTP " + response.statusCode() + " from " + this.endpoint + ": " + abbreviated(response.body()));
		}
		JsonNode tree = JSON.readTree(response.body());
		if (tree.has("errors") || !tree.has("data") || tree.get("data").isNull()) {
			throw new IOException("GraphQL errors from " + this.endpoint + ": " + abbreviated(response.body()));
		}
		return tree.get("data");
	}

	/** Whether the server answers {@code body} now. */
	boolean answers(String body) {
		try {
			post(body);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static String abbreviated(String text) {
		return (text.length() > 400) ? text.substring(0, 400) + "..." : text;
	}

}
