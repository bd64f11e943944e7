package org.coopgraph.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts GraphQL requests over real HTTP (loopback) and checks each answer: a request counts as answered only with
 * status 200, data and no errors. Thread-safe; connections are kept alive across requests.
 *
 * <p>{@link HttpURLConnection} rather than {@code java.net.http.HttpClient}: it sends and reads in the calling
 * thread, where the latter hands every request to its selector thread and back, which added 0.25 to 0.4 ms to each
 * call on the 2-core benchmark machine (as much as a whole shortest-path query). The same client serves coopgraph
 * and {@code @neo4j/graphql}.
 */
final class GraphQlHttp {

	static {
		// Keep a connection alive for each of the throughput run's clients, not the JDK's default of five.
		if (System.getProperty("http.maxConnections") == null) {
			System.setProperty("http.maxConnections", "256");
		}
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int CONNECT_TIMEOUT_MILLIS = 5_000;

	private static final int READ_TIMEOUT_MILLIS = 30_000;

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
		HttpURLConnection connection = (HttpURLConnection) this.endpoint.toURL().openConnection();
		connection.setConnectTimeout(CONNECT_TIMEOUT_MILLIS);
		connection.setReadTimeout(READ_TIMEOUT_MILLIS);
		connection.setRequestMethod("POST");
		connection.setDoOutput(true);
		connection.setRequestProperty("Content-Type", "application/json");
		connection.setRequestProperty("Accept", "application/json");
		try (OutputStream out = connection.getOutputStream()) {
			out.write(body.getBytes(StandardCharsets.UTF_8));
		}
		int status = connection.getResponseCode();
		// Reading the whole body, error or not, lets the connection go back to the keep-alive cache.
		String answer = read((status < 400) ? connection.getInputStream() : connection.getErrorStream());
		if (status != 200) {
			throw new IOException("HTTP " + status + " from " + this.endpoint + ": " + abbreviated(answer));
		}
		JsonNode tree = JSON.readTree(answer);
		if (tree.has("errors") || !tree.has("data") || tree.get("data").isNull()) {
			throw new IOException("GraphQL errors from " + this.endpoint + ": " + abbreviated(answer));
		}
		return tree.get("data");
	}

	private static String read(InputStream in) throws IOException {
		if (in == null) {
			return "";
		}
		try (in) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
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
