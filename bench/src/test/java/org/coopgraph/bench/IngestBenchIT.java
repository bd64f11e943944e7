package org.coopgraph.bench;

import java.nio.file.Files;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The ingest benchmark's plumbing at a tiny size: both sides run on the same documents (generated plans or real
 * ones repeated), and ingest stores them all.
 */
class IngestBenchIT {

	@Test
	void ingestsEveryPlanAndTimesBothSidesAtEachTenth() throws Exception {
		Path folder = TestDatabaseInitializer.temporaryFolder("coopgraph-ingest-bench-");

		IngestBench.Figures figures = IngestBench.run(new IngestCorpus.GeneratedPlans(), 30, 2, folder,
				IngestBenchIT::open);

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
		assertThat(figures.cpu().segment()).as("CPU ms per document, segmenting").isPositive();
		assertThat(figures.cpu().extract()).as("extracting").isPositive();
		assertThat(figures.cpu().ingest()).as("ingesting: extracting and storing").isPositive();
		assertThat(figures.cpu().ingestOverExtract()).isEqualTo(figures.cpu().extract() / figures.cpu().ingest());
		assertThat(figures.checkpoints()).extracting(IngestBench.Checkpoint::documents)
			.containsExactly(3, 6, 9, 12, 15, 18, 21, 24, 27, 30);
		assertThat(figures.checkpoints()).allSatisfy((c) -> assertThat(c.peakHeapMib()).isPositive());
		assertThat(documentsStoredIn(folder.resolve("data-30"))).as("the measured plans and the warm-up's, other plans")
			.isEqualTo(60);
	}

	@Test
	void repeatsRealDocumentsUnderDistinctNamesAndStoresEveryCopy() throws Exception {
		Path folder = TestDatabaseInitializer.temporaryFolder("coopgraph-ingest-bench-real-");
		// The repository's own documents (the bench project runs from bench/): five of them, so 12 take three rounds.
		Path source = Path.of("..", "import");
		IngestCorpus.RepeatedDocuments corpus = IngestCorpus.RepeatedDocuments.under(source);
		assertThat(corpus.files()).hasSize(5);

		IngestBench.Figures figures = IngestBench.run(corpus, 12, 2, folder, IngestBenchIT::open);

		assertThat(figures.documents()).isEqualTo(12);
		assertThat(figures.failed()).isZero();
		assertThat(figures.ratio()).isPositive();
		assertThat(figures.corpus()).contains("12 copies of the 5 real documents", "distinct file names");
		Path measured = folder.resolve("real-12");
		Path firstSource = corpus.files().get(0);
		assertThat(Files.readString(measured.resolve("000005-" + firstSource.getFileName())))
			.as("the second round copies the first document again")
			.isEqualTo(Files.readString(firstSource));
		assertThat(documentsStoredIn(folder.resolve("data-12")))
			.as("every copy under its own name, measured and warm-up: none skipped as already stored")
			.isEqualTo(24);
	}

	@Test
	void refusesAFolderWithoutDocuments() throws Exception {
		Path empty = TestDatabaseInitializer.temporaryFolder("coopgraph-ingest-bench-empty-");

		assertThatThrownBy(() -> IngestCorpus.RepeatedDocuments.under(empty))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining(empty.toString())
			.hasMessageContaining("no .txt, .md, .html, .pdf or .docx documents");
	}

	@Test
	void looksAtEveryTenthAndAtEachPowerOfTenFromAThousand() {
		assertThat(IngestBench.checkpointsOf(100_000)).contains(1_000, 10_000, 20_000, 100_000).hasSize(11);
		assertThat(IngestBench.checkpointsOf(1_000)).containsExactly(100, 200, 300, 400, 500, 600, 700, 800, 900,
				1_000);
	}

	private static long documentsStoredIn(Path dataDir) {
		try (ConfigurableApplicationContext context = EmptyDatabaseApplication.start(dataDir, WebApplicationType.NONE,
				List.of()); Session session = context.getBean(Driver.class).session()) {
			return session.run("MATCH (d:Document) RETURN count(d) AS n").single().get("n").asLong();
		}
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
