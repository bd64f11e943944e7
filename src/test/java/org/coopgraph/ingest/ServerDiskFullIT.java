package org.coopgraph.ingest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.coopgraph.support.GraphQlClient;
import org.coopgraph.support.TestDatabaseInitializer;
import org.junit.jupiter.api.Test;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fills the disk under a real {@code serve} while {@code ingest} sends it documents: the server's JVM may write no
 * file beyond a few megabytes ({@code ulimit -f}, as in {@link DiskFullIngestIT}), so a commit fails as on a full
 * disk and Neo4j refuses every transaction from then on. What the user sees must say so, and what to do, everywhere:
 * the client's summary, GraphQL errors ({@code DATABASE_NEEDS_RESTART}, not an outage to wait out), health (503,
 * {@code NEEDS_RESTART}) and a later {@code ingest}. The folder then opens with what was committed.
 */
class ServerDiskFullIT {

	/** Documents stored before the server starts, so that the store exists before the file-size limit applies. */
	private static final int STORED = 40;

	/** Far more than fit in the room left: about 15 KB of transaction log each. */
	private static final int SENT = 300;

	/** As in {@link DiskFullIngestIT}: room for the server to start, not for the documents sent. */
	private static final long MAX_FILE_KIB = 2048;

	private static final String RESTART = "It takes nothing more until coopgraph restarts: free some space, then "
			+ "restart coopgraph; everything committed is kept";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void aServerWhoseDiskFilledSaysItNeedsARestartInEveryAnswer() throws Exception {
		Path dataDir = TestDatabaseInitializer.temporaryFolder("coopgraph-serve-full-data-");
		Path imports = TestDatabaseInitializer.temporaryFolder("coopgraph-serve-full-import-");
		Path first = TestDatabaseInitializer.temporaryFolder("coopgraph-serve-full-first-");
		Path second = TestDatabaseInitializer.temporaryFolder("coopgraph-serve-full-second-");
		Path third = TestDatabaseInitializer.temporaryFolder("coopgraph-serve-full-third-");
		WorkPlanCorpus.write(first, 0, STORED);
		WorkPlanCorpus.write(second, 1000, SENT);
		WorkPlanCorpus.write(third, 5000, 2);
		try (CoopgraphProcess ingest = CoopgraphProcess.start(dataDir, "512m", "ingest", first.toString(),
				"--progress=log")) {
			assertThat(ingest.awaitExit(Duration.ofMinutes(5))).as(ingest.output()).isZero();
		}

		int port = TestDatabaseInitializer.freePort();
		GraphQlClient graphql = new GraphQlClient(port);
		try (CoopgraphProcess server = CoopgraphProcess.startWithFileSizeLimit(MAX_FILE_KIB, dataDir, "768m", "serve",
				"--server.port=" + port, "--coopgraph.import-dir=" + imports)) {
			server.awaitLine((line) -> line.startsWith("coopgraph started"), Duration.ofMinutes(10));
			assertThat(health(port).statusCode()).isEqualTo(200);

			try (CoopgraphProcess ingest = CoopgraphProcess.start(dataDir, "256m", "ingest", second.toString(),
					"--progress=log")) {
				int exitCode = ingest.awaitExit(Duration.ofMinutes(5));
				String output = ingest.output();
				assertThat(exitCode).as(output).isEqualTo(4);
				assertThat(output).containsPattern("Stopped early, keeping what was stored: .*disk is full, or it "
						+ "refused a write.*" + RESTART);
				System.out.printf("serve's disk filled under ingest:%n%s%n",
						output.substring(output.indexOf("Summary")));
			}

			JsonNode answer = graphql.query("{ documents { name } }");
			assertThat(answer.at("/errors/0/extensions/code").asString()).as(answer.toString())
				.isEqualTo("DATABASE_NEEDS_RESTART");
			assertThat(answer.at("/errors/0/message").asString()).contains("free some space, then restart coopgraph")
				.doesNotContain("try again");

			HttpResponse<String> health = health(port);
			JsonNode body = JSON.readTree(health.body());
			assertThat(health.statusCode()).as(health.body()).isEqualTo(503);
			assertThat(body.at("/status").asString()).as(health.body()).isEqualTo("NEEDS_RESTART");
			assertThat(body.at("/components/database/details/problem").asString()).contains(RESTART);

			try (CoopgraphProcess again = CoopgraphProcess.start(dataDir, "256m", "ingest", third.toString(),
					"--progress=log")) {
				int exitCode = again.awaitExit(Duration.ofMinutes(3));
				assertThat(exitCode).as(again.output()).isEqualTo(4);
				assertThat(again.output()).contains(RESTART);
			}
			server.kill();
		}

		DatabaseManagementService store = new DatabaseManagementServiceBuilder(dataDir).build();
		try {
			long documents = store.database("neo4j")
				.executeTransactionally("MATCH (d:Document) RETURN count(d) AS n", Map.of(),
						(result) -> (Long) result.next().get("n"));
			assertThat(documents).as("stored before and during the run, then recovered")
				.isGreaterThanOrEqualTo(STORED)
				.isLessThan(STORED + SENT);
		}
		finally {
			store.shutdown();
		}
	}

	private static HttpResponse<String> health(int port) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
					HttpResponse.BodyHandlers.ofString());
	}

}
