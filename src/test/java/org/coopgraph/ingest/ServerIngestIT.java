package org.coopgraph.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;

import org.coopgraph.support.GraphQlClient;
import org.coopgraph.support.TestDatabaseInitializer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code coopgraph ingest} while {@code serve} runs on the same data folder: the documents go to the server, which
 * makes them searchable at once; a wrong token and an unreachable server get a clear message and exit code;
 * {@code serve --watch} takes files dropped into the import folder; a server killed without cleaning up leaves a file
 * that the next offline ingest sees through.
 */
class ServerIngestIT {

	private static final String DOCUMENTS = "{ documents { name } }";

	@Test
	void ingestSendsDocumentsToTheRunningServerOfTheDataFolder() throws Exception {
		Path imports = TestDatabaseInitializer.temporaryFolder("coopgraph-live-import-");
		Path batch = TestDatabaseInitializer.temporaryFolder("coopgraph-live-batch-");
		WorkPlanCorpus.write(batch, 3);
		Path dataDir = TestDatabaseInitializer.temporaryFolder("coopgraph-live-data-");
		int port = TestDatabaseInitializer.freePort();
		GraphQlClient graphql = new GraphQlClient(port);
		try (CoopgraphProcess server = CoopgraphProcess.start(dataDir, "768m", "serve", "--watch",
				"--server.port=" + port, "--coopgraph.import-dir=" + imports)) {
			server.awaitLine((line) -> line.startsWith("coopgraph started"), Duration.ofMinutes(10));
			Path serverFile = dataDir.resolve("server.json");
			assertThat(Files.getPosixFilePermissions(serverFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));

			try (CoopgraphProcess ingest = CoopgraphProcess.start(dataDir, "256m", "ingest", batch.toString(),
					"--progress=log")) {
				assertThat(ingest.awaitExit(Duration.ofMinutes(3))).as(ingest.output()).isZero();
				assertThat(ingest.output()).contains("Sending to the server at http://127.0.0.1:" + port)
					.containsPattern("new +changed +unchanged +failed\\s+3 +0 +0 +0");
			}
			assertThat(graphql.query(DOCUMENTS).toString()).contains("plan-0000.txt", "plan-0002.txt");
			assertThat(graphql.query("{ search(text: \"发改委\") { name } }").at("/data/search").size()).isPositive();

			try (CoopgraphProcess wrongToken = CoopgraphProcess.start(dataDir, "256m", "ingest", batch.toString(),
					"--token=not-the-token")) {
				assertThat(wrongToken.awaitExit(Duration.ofMinutes(2))).as(wrongToken.output()).isEqualTo(5);
				assertThat(wrongToken.output()).contains("refused the token");
			}
			int nobody = TestDatabaseInitializer.freePort();
			try (CoopgraphProcess unreachable = CoopgraphProcess.start(dataDir, "256m", "ingest", batch.toString(),
					"--server=http://127.0.0.1:" + nobody)) {
				assertThat(unreachable.awaitExit(Duration.ofMinutes(2))).as(unreachable.output()).isEqualTo(4);
				assertThat(unreachable.output()).contains("no coopgraph server answers at http://127.0.0.1:" + nobody);
			}

			Files.writeString(imports.resolve("dropped-plan.txt"), WorkPlanCorpus.plan(7));
			long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
			while (!graphql.query(DOCUMENTS).toString().contains("dropped-plan.txt") && System.nanoTime() < deadline) {
				Thread.sleep(500);
			}
			assertThat(graphql.query(DOCUMENTS).toString()).as(server.output()).contains("dropped-plan.txt");
			server.kill();
		}

		// kill -9 left server.json behind: the next ingest sees that nobody answers and opens the database itself.
		assertThat(dataDir.resolve("server.json")).exists();
		try (CoopgraphProcess offline = CoopgraphProcess.start(dataDir, "512m", "ingest", batch.toString(),
				"--progress=log")) {
			assertThat(offline.awaitExit(Duration.ofMinutes(10))).as(offline.output()).isZero();
			assertThat(offline.output()).contains("which does not answer; opening the database here")
				.containsPattern("new +changed +unchanged +failed\\s+0 +0 +3 +0");
		}
	}

}
