package org.coopgraph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.coopgraph.support.TestDatabaseInitializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A benchmark, excluded from the normal build (tag {@code bench}): ingests 1,000 generated work plans with the real
 * command in a JVM capped at 512 MB of heap, then re-runs it to show that unchanged documents cost almost nothing.
 * Prints the command's summary and the peak heap after garbage collection. Run with
 * {@code mvn verify -Dtest=LargeBatchIngestIT -Dsurefire.excludedGroups=none}.
 */
@Tag("bench")
class LargeBatchIngestIT {

	private static final int DOCUMENTS = 1000;

	private static final String HEAP = "512m";

	/** {@code -Dcoopgraph.bench.workers=N} compares worker counts; the command's default otherwise. */
	private static final String WORKERS = System.getProperty("coopgraph.bench.workers",
			String.valueOf(IngestJob.DEFAULT_WORKERS));

	private static final Pattern HEAP_AFTER_GC = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

	@Test
	void ingestsAThousandDocumentsInBoundedMemoryAndSkipsThemAllOnTheNextRun() throws Exception {
		Path folder = TestDatabaseInitializer.temporaryFolder("coopgraph-bench-docs-");
		WorkPlanCorpus.write(folder, DOCUMENTS);
		Path dataDir = TestDatabaseInitializer.temporaryFolder("coopgraph-bench-data-");
		Path gcLog = folder.resolveSibling(folder.getFileName() + "-gc.log");

		String first;
		try (CoopgraphProcess ingest = CoopgraphProcess.start(dataDir,
				List.of("-Xmx" + HEAP, "-Xlog:gc:file=" + gcLog), "ingest", folder.toString(), "--progress=none", "--workers=" + WORKERS)) {
			assertThat(ingest.awaitExit(Duration.ofMinutes(30))).as(ingest.output()).isZero();
			first = ingest.output();
		}
		String second;
		try (CoopgraphProcess again = CoopgraphProcess.start(dataDir, HEAP, "ingest", folder.toString(),
				"--progress=none", "--workers=" + WORKERS)) {
			assertThat(again.awaitExit(Duration.ofMinutes(10))).as(again.output()).isZero();
			second = again.output();
		}

		assertThat(first).containsPattern("failed\\s+" + DOCUMENTS + " +0 +0 +0");
		assertThat(second).containsPattern("failed\\s+0 +0 +" + DOCUMENTS + " +0");
		long relationships = countRelationships(dataDir);
		System.out.printf("%n=== first run (-Xmx%s, %s workers) ===%n%s%n=== second run ===%n%s%n", HEAP, WORKERS,
				summary(first),
				summary(second));
		System.out.printf("relationships stored (all types): %,d; peak heap after GC: %d MB%n", relationships,
				peakHeapAfterGc(gcLog));
	}

	private static String summary(String output) {
		int start = output.indexOf("Summary");
		return (start >= 0) ? output.substring(start) : output;
	}

	private static long countRelationships(Path dataDir) {
		DatabaseManagementService store = new DatabaseManagementServiceBuilder(dataDir).build();
		try {
			return store.database("neo4j")
				.executeTransactionally("MATCH ()-[r]->() RETURN count(r) AS n", Map.of(),
						(r) -> (Long) r.next().get("n"));
		}
		finally {
			store.shutdown();
		}
	}

	private static long peakHeapAfterGc(Path gcLog) throws IOException {
		long peak = 0;
		for (String line : Files.readAllLines(gcLog)) {
			Matcher matcher = HEAP_AFTER_GC.matcher(line);
			if (matcher.find()) {
				peak = Math.max(peak, Long.parseLong(matcher.group(2)));
			}
		}
		return peak;
	}

}
