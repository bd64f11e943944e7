package org.coopgraph.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.coopgraph.support.TestDatabaseInitializer;
import org.junit.jupiter.api.Test;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fills the disk under a real offline {@code coopgraph ingest}: the child process may write no file beyond a few
 * megabytes, so the database's writes fail as on a full disk, without root or a small file system. The batch stops
 * with exit code 4 and a summary that names the problem and the documents not stored; the process ends; and the data
 * folder, reopened, holds every document stored before in its previous version, and each document of this run fully
 * or not at all.
 */
class DiskFullIngestIT {

	/** Documents stored before the disk fills; each gets a changed version in the second run. */
	private static final int STORED = 40;

	/**
	 * New documents of the second run that follow each changed one, so that any batch holds changed ones. 40 changed
	 * and 120 new ones fitted under the limit once a responsibility stopped repeating its task's line: 320 documents
	 * leave a margin of two.
	 */
	private static final int NEW_PER_STORED = 7;

	/**
	 * Largest file the second run may write: room for the first run's transaction log and the database's log to grow
	 * while it starts, far from room for the second run's documents.
	 */
	private static final long MAX_FILE_KIB = 2048;

	/** Tasks of every generated plan; a changed plan has one more. */
	private static final long PLAN_TASKS = 8;

	private static final String DOCUMENTS = """
			MATCH (d:Document)
			RETURN d.key AS doc, d.sha256 AS sha256, COUNT { (d)-[:CONTAINS]->(:Task) } AS tasks""";

	private static final String STRAYS = """
			RETURN COUNT { MATCH (t:Task) WHERE NOT EXISTS { (:Document)-[:CONTAINS]->(t) } }
			     + COUNT { MATCH ()-[r]->() WHERE r.document IS NOT NULL
			               AND NOT EXISTS { MATCH (d:Document) WHERE d.key = r.document } } AS strays""";

	private static final Pattern FAILED = Pattern.compile("^\\s+(d\\d{3}-\\d\\.txt): not stored, the run stopped$");

	@Test
	void aFullDiskStopsTheBatchWithASummaryAndKeepsWhatWasStored() throws Exception {
		Path dataDir = TestDatabaseInitializer.temporaryFolder("coopgraph-disk-full-data-");
		Path first = TestDatabaseInitializer.temporaryFolder("coopgraph-disk-full-first-");
		Path second = TestDatabaseInitializer.temporaryFolder("coopgraph-disk-full-second-");
		for (int k = 0; k < STORED; k++) {
			write(first.resolve(name(k, 0)), WorkPlanCorpus.plan(k));
			write(second.resolve(name(k, 0)), WorkPlanCorpus.plan(k) + "四、其他\n1．开展结对帮扶合作成效评估。（责任单位：市发改委，完成时间：12月底前）\n");
			for (int j = 1; j <= NEW_PER_STORED; j++) {
				write(second.resolve(name(k, j)), WorkPlanCorpus.plan(1000 + k * NEW_PER_STORED + j));
			}
		}
		try (CoopgraphProcess ingest = CoopgraphProcess.start(dataDir, "512m", "ingest", first.toString(),
				"--progress=log")) {
			assertThat(ingest.awaitExit(Duration.ofMinutes(5))).as(ingest.output()).isZero();
		}
		Map<String, Stored> before = stored(dataDir);
		assertThat(before).hasSize(STORED);

		String output;
		try (CoopgraphProcess ingest = CoopgraphProcess.startWithFileSizeLimit(MAX_FILE_KIB, dataDir, "512m",
				"ingest", second.toString(), "--progress=log")) {
			ingest.awaitLine((line) -> line.startsWith("Stopped early"), Duration.ofMinutes(5));
			long summarised = System.nanoTime();
			// The database may stall while it stops on a full disk: the command waits 60 s for it at most.
			int exitCode = ingest.awaitExit(Duration.ofSeconds(90));
			output = ingest.output();
			assertThat(exitCode).as(output).isEqualTo(4);
			// Recorded in the surefire output: how the run ended, and how long it took to end after its summary.
			System.out.printf("disk full run ended %.1f s after its summary:%n%s%n",
					(System.nanoTime() - summarised) / 1e9, output.substring(output.indexOf("Summary")));
		}
		assertThat(output).contains("Summary")
			.containsPattern("Stopped early, keeping what was stored: .*disk is full, or it refused a write")
			.containsPattern("Failed \\(\\d+\\):");
		List<String> failed = output.lines()
			.map(FAILED::matcher)
			.filter(Matcher::matches)
			.map((m) -> m.group(1))
			.distinct()
			.toList();
		assertThat(failed).as("documents named as not stored").isNotEmpty();

		// The next command starts on the folder and recovers it from its transaction log, in its own JVM as a user's
		// would: this JVM enables Java assertions, and Neo4j's own assertions on log entries failed here once on the
		// last entry of a failed write ("2 is not a valid number of blocks for type SHORT_STRING"); a command runs
		// without them.
		Path panel = TestDatabaseInitializer.temporaryFolder("coopgraph-disk-full-panel-");
		try (CoopgraphProcess next = CoopgraphProcess.start(dataDir, "512m", "export", "--format", "panel",
				panel.toString())) {
			assertThat(next.awaitExit(Duration.ofMinutes(5))).as(next.output()).isZero();
		}
		Map<String, Stored> after = stored(dataDir);
		before.forEach((doc, previous) -> {
			Stored now = after.get(doc);
			assertThat(now).as("%s, stored before the disk filled", doc).isNotNull();
			if (failed.contains(doc) || now.sha256().equals(previous.sha256())) {
				assertThat(now).as("%s keeps its previous version", doc).isEqualTo(previous);
			}
			else {
				assertThat(now.tasks()).as("%s, changed: every task of its new version", doc).isEqualTo(PLAN_TASKS + 1);
			}
		});
		after.forEach((doc, now) -> {
			if (!before.containsKey(doc)) {
				assertThat(failed).as("stored, so not failed").doesNotContain(doc);
				assertThat(now.tasks()).as("%s, new: all its tasks", doc).isEqualTo(PLAN_TASKS);
			}
		});
		assertThat(after.size()).as("not every document fitted").isLessThan(STORED * (1 + NEW_PER_STORED));
	}

	private static String name(int stored, int version) {
		return "d%03d-%d.txt".formatted(stored, version);
	}

	private static void write(Path file, String text) throws IOException {
		Files.writeString(file, text, StandardCharsets.UTF_8);
	}

	/** Opens the folder, once a command has recovered it, and reads it. */
	private static Map<String, Stored> stored(Path dataDir) {
		DatabaseManagementService store = new DatabaseManagementServiceBuilder(dataDir).build();
		try {
			GraphDatabaseService db = store.database("neo4j");
			long strays = db.executeTransactionally(STRAYS, Map.of(), (r) -> (Long) r.next().get("strays"));
			assertThat(strays).as("tasks or fact relationships left without their document").isZero();
			return db.executeTransactionally(DOCUMENTS, Map.of(), (result) -> {
				Map<String, Stored> documents = new HashMap<>();
				result.forEachRemaining((row) -> documents.put((String) row.get("doc"),
						new Stored((String) row.get("sha256"), (Long) row.get("tasks"))));
				return documents;
			});
		}
		finally {
			store.shutdown();
		}
	}

	/** A stored document's content hash and how many tasks it holds. */
	record Stored(String sha256, long tasks) {

	}

}
