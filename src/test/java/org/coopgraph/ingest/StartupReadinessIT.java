package org.coopgraph.ingest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.coopgraph.support.TestDatabaseInitializer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A server started on a fresh data folder with documents to ingest, polled from its first answer on: every answer is
 * a real one (the full-text index exists before the port opens), never an {@code INTERNAL_ERROR}, and while the
 * startup ingest runs {@code stats} and health show its progress.
 */
class StartupReadinessIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String QUERY = """
			{"query": "{ search(text: \\"发改委\\") { name } stats { ingest { running documents done } } }"}""";

	// Enough that the startup ingest outlasts the server's start to its first answer, even as the writer gets faster.
	private static final int DOCUMENTS = 400;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	@Test
	void answersFromTheFirstRequestOnWithoutErrorsAndShowsTheStartupIngest() throws Exception {
		Path imports = TestDatabaseInitializer.temporaryFolder("coopgraph-readiness-import-");
		WorkPlanCorpus.write(imports, DOCUMENTS);
		Path dataDir = TestDatabaseInitializer.temporaryFolder("coopgraph-readiness-data-");
		int port = TestDatabaseInitializer.freePort();
		List<JsonNode> answers = new ArrayList<>();
		List<JsonNode> healthDuringIngest = new ArrayList<>();
		try (CoopgraphProcess server = CoopgraphProcess.start(dataDir, "768m", "serve", "--server.port=" + port,
				"--coopgraph.import-dir=" + imports)) {
			long deadline = System.nanoTime() + Duration.ofMinutes(15).toNanos();
			boolean ingestDone = false;
			while (!ingestDone && System.nanoTime() < deadline) {
				HttpResponse<String> response = post(port);
				if (response == null) {
					Thread.sleep(20);
					continue;
				}
				assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
				JsonNode answer = JSON.readTree(response.body());
				answers.add(answer);
				JsonNode ingest = answer.at("/data/stats/ingest");
				if (ingest.at("/running").asBoolean() && healthDuringIngest.isEmpty()) {
					healthDuringIngest.add(JSON.readTree(get(port, "/actuator/health")));
				}
				ingestDone = !ingest.at("/running").asBoolean() && answer.at("/data/search").size() > 0;
			}
			assertThat(ingestDone).as(server.output()).isTrue();
			// Then, in the background, the common queries are planned on the graph as ingested, none of them broken.
			server.awaitLine((line) -> line.contains("Warmed up "), Duration.ofMinutes(5));
			assertThat(server.output()).doesNotContain("Warm-up query");
		}
		System.out.printf("%d answers while the server started; first: %s%n", answers.size(), answers.get(0));
		// On an overloaded machine the first query can outlive the 10 s request timeout while the JVM warms up: that
		// is a TIMEOUT, which names itself. Nothing else may fail, and nothing may be an INTERNAL_ERROR.
		assertThat(answers).allSatisfy((answer) -> {
			for (JsonNode error : answer.path("errors")) {
				assertThat(error.at("/extensions/code").asString()).as(answer.toString()).isEqualTo("TIMEOUT");
			}
		});
		assertThat(answers.stream().filter((answer) -> !answer.has("errors"))).as("answers without errors")
			.hasSizeGreaterThan(answers.size() / 2);
		assertThat(answers).anySatisfy((answer) -> {
			assertThat(answer.at("/data/stats/ingest/running").asBoolean()).isTrue();
			assertThat(answer.at("/data/stats/ingest/documents").asInt()).isEqualTo(DOCUMENTS);
			assertThat(answer.at("/data/stats/ingest/done").asInt()).isLessThan(DOCUMENTS);
		});
		assertThat(healthDuringIngest).singleElement().satisfies((health) -> {
			// Readiness says the startup ingest is not over yet, while the ingest component shows how far it got.
			assertThat(health.at("/status").asString()).isEqualTo("OUT_OF_SERVICE");
			assertThat(health.at("/components/ingest/status").asString()).isEqualTo("UP");
			assertThat(health.at("/components/ingest/details/running").asBoolean()).isTrue();
			assertThat(health.at("/components/ingest/details/documents").asInt()).isEqualTo(DOCUMENTS);
		});
	}

	/** The answer to {@link #QUERY}, or null while nothing listens on the port. */
	private HttpResponse<String> post(int port) throws InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(QUERY))
			.build();
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			return null;
		}
	}

	private String get(int port, String path) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString()).body();
	}

}
