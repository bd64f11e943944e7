package org.coopgraph.reliability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.coopgraph.cli.CoopgraphCommand;
import org.coopgraph.support.GraphQlClient;
import org.coopgraph.support.JavaProcess;
import org.coopgraph.support.TestDatabaseInitializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** kill -9 of a serving process: the next start opens the store cleanly, with everything that was committed. */
class KillDuringServeIT {

	private Process process;

	@AfterEach
	void stop() {
		if (this.process != null) {
			this.process.destroyForcibly();
		}
	}

	@Test
	void aKilledServerRestartsWithItsData() throws Exception {
		Path dataDir = TestDatabaseInitializer.temporaryFolder("coopgraph-kill-serve-");
		int port = TestDatabaseInitializer.freePort();
		this.process = serve(dataDir, port, "first");
		GraphQlClient graphql = new GraphQlClient(port);
		String before = graphql.query("{ documents { name sha256 } stats { labels { name count } } }").toString();
		assertThat(before).contains("wuxi-lianyungang-2023-plan.txt");

		this.process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		this.process = serve(dataDir, port, "second");

		assertThat(graphql.query("{ documents { name sha256 } stats { labels { name count } } }").toString())
			.isEqualTo(before);
	}

	private static Process serve(Path dataDir, int port, String run) throws Exception {
		Path log = dataDir.resolveSibling(dataDir.getFileName() + "-" + run + ".log");
		Process process = JavaProcess.start(log, CoopgraphCommand.class, "serve", "--server.port=" + port,
				"--coopgraph.data-dir=" + dataDir, "--coopgraph.neo4j.bolt-port=" + TestDatabaseInitializer.freePort(),
				"--coopgraph.neo4j.http-port=" + TestDatabaseInitializer.freePort());
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (System.nanoTime() < deadline && process.isAlive()) {
			if (Files.exists(log) && Files.readString(log).contains("coopgraph started")) {
				return process;
			}
			Thread.sleep(250);
		}
		throw new AssertionError("coopgraph did not start:\n" + Files.readString(log));
	}

}
