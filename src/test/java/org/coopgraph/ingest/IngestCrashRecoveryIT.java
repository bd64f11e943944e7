package org.coopgraph.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.coopgraph.graph.WriteOutcome;
import org.coopgraph.support.CoopgraphIT;
import org.coopgraph.support.TestDatabaseInitializer;
import org.junit.jupiter.api.Test;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills a real {@code coopgraph ingest} process (SIGKILL) in the middle of a batch and checks that every document is
 * either fully stored or not at all, then that the next run stores the rest.
 */
@CoopgraphIT
class IngestCrashRecoveryIT {

	private static final int DOCUMENTS = 200;

	private static final Pattern PROGRESS = Pattern.compile("^\\[(\\d+)/" + DOCUMENTS + "] new .*");

	private static final String STORED = """
			MATCH (d:Document)
			RETURN d.key AS doc,
			  COUNT { (d)-[:MENTIONS]->(:Entity) } AS entities,
			  COUNT { (d)-[:CONTAINS]->(:Task) } AS tasks,
			  COUNT { (d)-[:CONTAINS]->(:Task)<-[:RESPONSIBLE_FOR|LEADS|CO_RESPONSIBLE]-(:Entity) }
			    + COUNT { (d)-[:MENTIONS]->(:Entity)-[r:PAIRS_WITH|FUNDS|LOCATED_IN|CO_BUILDS]->(:Entity)
			              WHERE r.document = d.key } AS relations""";

	private static final String STRAYS = """
			RETURN COUNT { MATCH (t:Task) WHERE NOT EXISTS { (:Document)-[:CONTAINS]->(t) } }
			     + COUNT { MATCH ()-[r]->() WHERE r.document IS NOT NULL
			               AND NOT EXISTS { MATCH (d:Document) WHERE d.key = r.document } }
			     + COUNT { MATCH (e:Entity) WHERE NOT EXISTS { (:Document)-[:MENTIONS]->(e) }
			               AND NOT EXISTS { (:Entity)-[:IN_DIVISION]->(e) } } AS strays""";

	@Autowired
	IngestJob ingest;

	@Test
	void aKilledIngestLeavesEveryDocumentFullyInOrFullyOutAndTheNextRunFinishesTheRest() throws Exception {
		Path folder = TestDatabaseInitializer.temporaryFolder("coopgraph-crash-docs-");
		WorkPlanCorpus.write(folder, DOCUMENTS);
		Path dataDir = TestDatabaseInitializer.temporaryFolder("coopgraph-crash-data-");
		Map<String, Facts> expected = expectedFacts(folder);

		try (CoopgraphProcess first = CoopgraphProcess.start(dataDir, "512m", "ingest", folder.toString(),
				"--progress=log")) {
			first.awaitLine((line) -> progress(line) >= 10, Duration.ofMinutes(3));
			first.kill();
		}

		Map<String, Facts> afterKill = stored(dataDir);
		// Recorded in the surefire output: how far the batch got, and that documents have facts to lose.
		System.out.printf("killed after %d of %d documents; expected facts of the first: %s%n", afterKill.size(),
				DOCUMENTS, expected.get("plan-0000.txt"));
		assertThat(afterKill.size()).as("documents stored when killed").isBetween(10, DOCUMENTS - 1);
		afterKill.forEach((doc, facts) -> assertThat(facts).as(doc).isEqualTo(expected.get(doc)));

		try (CoopgraphProcess second = CoopgraphProcess.start(dataDir, "512m", "ingest", folder.toString(),
				"--progress=log")) {
			assertThat(second.awaitExit(Duration.ofMinutes(5))).as(second.output()).isZero();
			assertThat(second.output()).contains("unchanged %s".formatted(afterKill.keySet().iterator().next()));
		}

		assertThat(stored(dataDir)).isEqualTo(expected);
	}

	/** What a complete ingest stores for each document: the dry-run outcome of the same files. */
	private Map<String, Facts> expectedFacts(Path folder) {
		Map<String, Facts> expected = new HashMap<>();
		IngestReport report = this.ingest.run(List.of(folder), true, new IngestListener() {

			@Override
			public void written(WriteOutcome outcome, long bytes) {
				expected.put(outcome.document(), new Facts(outcome.entities(), outcome.relations(), outcome.tasks()));
			}

		});
		assertThat(report.newDocuments()).isEqualTo(DOCUMENTS);
		return expected;
	}

	/** Opens the store the killed process left (Neo4j recovers it from its transaction log) and reads it. */
	private static Map<String, Facts> stored(Path dataDir) {
		DatabaseManagementService store = new DatabaseManagementServiceBuilder(dataDir).build();
		try {
			GraphDatabaseService db = store.database("neo4j");
			long strays = db.executeTransactionally(STRAYS, Map.of(), (r) -> (Long) r.next().get("strays"));
			assertThat(strays)
				.as("tasks, fact relationships or entities left without their document (a division that only holds places is kept)")
				.isZero();
			return db.executeTransactionally(STORED, Map.of(), (result) -> {
				Map<String, Facts> facts = new HashMap<>();
				result.forEachRemaining((row) -> facts.put((String) row.get("doc"),
						new Facts(((Long) row.get("entities")).intValue(), ((Long) row.get("relations")).intValue(),
								((Long) row.get("tasks")).intValue())));
				return facts;
			});
		}
		finally {
			store.shutdown();
		}
	}

	private static int progress(String line) {
		Matcher matcher = PROGRESS.matcher(line);
		return matcher.matches() ? Integer.parseInt(matcher.group(1)) : -1;
	}

	/** How many mentions, fact relationships and tasks a document has. */
	record Facts(int entities, int relations, int tasks) {

	}

}
