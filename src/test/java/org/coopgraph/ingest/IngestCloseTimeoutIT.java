package org.coopgraph.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.coopgraph.support.TestDatabaseInitializer;
import org.junit.jupiter.api.Test;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An offline {@code ingest} whose database does not close within the command's bound exits anyway, saying so, after
 * its summary; the next start recovers everything it committed. The bound is lowered to 1 ms for the child process,
 * which no real close of Neo4j meets: the close is real and still under way when the command gives up on it.
 */
class IngestCloseTimeoutIT {

	private static final int DOCUMENTS = 5;

	@Test
	void aCloseThatOutlastsItsBoundEndsTheCommandWithAClearMessageAndLosesNothingCommitted() throws Exception {
		Path dataDir = TestDatabaseInitializer.temporaryFolder("coopgraph-close-timeout-data-");
		Path batch = TestDatabaseInitializer.temporaryFolder("coopgraph-close-timeout-batch-");
		WorkPlanCorpus.write(batch, DOCUMENTS);

		String output;
		try (CoopgraphProcess ingest = CoopgraphProcess.start(dataDir,
				List.of("-Xmx512m", "-Dcoopgraph.internal.close-timeout-millis=1"), "ingest", batch.toString(),
				"--progress=log")) {
			int exitCode = ingest.awaitExit(Duration.ofMinutes(5));
			output = ingest.output();
			// The ingest itself succeeded; a database left closing is reported as the store's problem.
			assertThat(exitCode).as(output).isEqualTo(4);
		}
		assertThat(output).containsPattern("new +changed +unchanged +failed\\s+" + DOCUMENTS + " +0 +0 +0")
			.contains("coopgraph: the database did not close within 1 ms; exiting without it. What was committed is "
					+ "kept: the next start recovers the data folder from its transaction log");
		assertThat(output.indexOf("did not close")).as("the summary comes first").isGreaterThan(output.indexOf("new"));

		DatabaseManagementService store = new DatabaseManagementServiceBuilder(dataDir).build();
		try {
			long stored = store.database("neo4j")
				.executeTransactionally("MATCH (d:Document) RETURN count(d) AS n", Map.of(),
						(result) -> (Long) result.next().get("n"));
			assertThat(stored).as("documents recovered from the transaction log").isEqualTo(DOCUMENTS);
		}
		finally {
			store.shutdown();
		}
	}

}
