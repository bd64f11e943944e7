package org.coopgraph.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.coopgraph.bench.bulk.BulkLoadReport;
import org.coopgraph.bench.bulk.BulkLoader;
import org.coopgraph.bench.bulk.OfflineImport;
import org.coopgraph.support.EmptyDatabaseApplication;
import org.coopgraph.support.TestDatabaseInitializer;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** The ingest benchmark's plumbing at a tiny size: both sides run on the same plans, and ingest stores them all. */
class IngestBenchIT {

	@Test
	void ingestsEveryPlanAndTimesBothSidesAtEachTenth() throws Exception {
		Path folder = TestDatabaseInitializer.temporaryFolder("coopgraph-ingest-bench-");

		IngestBench.Figures figures = IngestBench.run(30, 2, folder, IngestBenchIT::open);

		assertThat(figures.documents()).isEqualTo(30);
		assertThat(figures.failed()).isZero();
		assertThat(figures.extractDocsPerSecond()).isPositive();
		assertThat(figures.ingestDocsPerSecond()).isPositive();
		assertThat(figures.segmentDocsPerSecond()).isPositive();
		assertThat(figures.coldIngestDocsPerSecond()).isPositive();
		assertThat(figures.ratio()).isEqualTo(figures.ingestDocsPerSecond() / figures.extractDocsPerSecond());
		assertThat(figures.extractOverSegment())
			.isEqualTo(figures.extractDocsPerSecond() / figures.segmentDocsPerSecond());
		assertThat(figures.warmupDocuments()).isEqualTo(30);
		assertThat(figures.checkpoints()).extracting(IngestBench.Checkpoint::documents)
			.containsExactly(3, 6, 9, 12, 15, 18, 21, 24, 27, 30);
		assertThat(figures.checkpoints()).allSatisfy((c) -> assertThat(c.peakHeapMib()).isPositive());
		try (ConfigurableApplicationContext context = EmptyDatabaseApplication.start(folder.resolve("data-30"),
				WebApplicationType.NONE, List.of()); Session session = context.getBean(Driver.class).session()) {
			assertThat(session.run("MATCH (d:Document) RETURN count(d) AS n").single().get("n").asLong())
				.as("the measured plans and the warm-up's, other plans")
				.isEqualTo(60);
		}
	}

	@Test
	void looksAtEveryTenthAndAtEachPowerOfTenFromAThousand() {
		assertThat(IngestBench.checkpointsOf(100_000)).contains(1_000, 10_000, 20_000, 100_000).hasSize(11);
		assertThat(IngestBench.checkpointsOf(1_000)).containsExactly(100, 200, 300, 400, 500, 600, 700, 800, 900,
				1_000);
	}

	private static DatabaseLauncher.OpenDatabase open(Path dataDir, Optional<OfflineImport> offlineImport) {
		ConfigurableApplicationContext context = EmptyDatabaseApplication.start(dataDir, WebApplicationType.NONE,
				List.of());
		return new DatabaseLauncher.OpenDatabase() {

			@Override
			public Driver driver() {
				return context.getBean(Driver.class);
			}

			@Override
			public <T> T bean(Class<T> type) {
				return context.getBean(type);
			}

			@Override
			public BulkLoader bulkLoader(int batchSize, int writers) {
				throw new UnsupportedOperationException("the ingest benchmark loads no graph");
			}

			@Override
			public BulkLoadReport finish(OfflineImport offline) {
				throw new UnsupportedOperationException("the ingest benchmark loads no graph");
			}

			@Override
			public void close() {
				context.close();
			}

		};
	}

}
