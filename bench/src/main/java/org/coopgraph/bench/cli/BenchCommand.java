package org.coopgraph.bench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.coopgraph.bench.BenchPorts;
import org.coopgraph.bench.BenchSettings;
import org.coopgraph.bench.BenchSuite;
import org.coopgraph.bench.DatabaseLauncher;
import org.coopgraph.graph.GraphSchema;
import org.coopgraph.ingest.IngestJob;
import org.coopgraph.bench.bulk.BulkLoadReport;
import org.coopgraph.bench.bulk.BulkLoader;
import org.coopgraph.bench.bulk.LoadPath;
import org.coopgraph.bench.bulk.OfflineImport;
import org.coopgraph.bench.bulk.SchemaTiming;
import org.coopgraph.ingest.read.DocumentReaders;
import org.neo4j.driver.Driver;
import org.neo4j.graphdb.GraphDatabaseService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code coopgraph bench}: the benchmark suite of BENCHMARKS.md. Every figure is a ratio against a baseline measured
 * in the same run, over repeats, with the machine described. Uses its own ports and data folders under
 * {@code --out}; never the defaults.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
		description = { "Benchmark extraction, ingest, loading, queries, throughput, startup and memory against baselines.",
				"Writes results.md, results.json and latency.png into --out. See BENCHMARKS.md." })
class BenchCommand implements Callable<Integer> {

	@Option(names = "--sizes", split = ",", defaultValue = "10000,100000,1000000", paramLabel = "N,...",
			description = "Graph sizes in entities (default ${DEFAULT-VALUE}).")
	List<Integer> sizes;

	@Option(names = "--repeat", defaultValue = "5", paramLabel = "R",
			description = "Repeats of every measurement (default ${DEFAULT-VALUE}).")
	int repeats;

	@Option(names = "--out", defaultValue = "target/bench", paramLabel = "DIR",
			description = "Results, logs and databases (default ${DEFAULT-VALUE}).")
	Path out;

	@Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Generator seed (default ${DEFAULT-VALUE}).")
	long seed;

	@Option(names = "--port-base", defaultValue = "38080", paramLabel = "PORT",
			description = "GraphQL on PORT, Bolt on PORT+1, Neo4j HTTP on PORT+2, @neo4j/graphql on PORT+3 (default ${DEFAULT-VALUE}).")
	int portBase;

	@Option(names = "--load-repeats-up-to", defaultValue = "100000", paramLabel = "N",
			description = "Larger graphs are loaded once (default ${DEFAULT-VALUE}).")
	int loadRepeatsUpTo;

	@Option(names = "--load-path", defaultValue = "OFFLINE", paramLabel = "PATH",
			description = "How each graph is loaded: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
	LoadPath loadPath;

	@Option(names = "--batch-size", defaultValue = "" + BulkLoader.IN_PROCESS_BATCH_SIZE, paramLabel = "ROWS",
			description = "TRANSACTIONAL path rows per transaction (default ${DEFAULT-VALUE}).")
	int batchSize;

	@Option(names = "--writers", defaultValue = "" + BulkLoader.DEFAULT_WRITERS, paramLabel = "N",
			description = "TRANSACTIONAL path transactions in flight at once (default ${DEFAULT-VALUE}).")
	int writers;

	@Option(names = "--schema", defaultValue = "AFTER_DATA", paramLabel = "WHEN",
			description = "When the TRANSACTIONAL path builds indexes: ${COMPLETION-CANDIDATES} "
					+ "(default ${DEFAULT-VALUE}).")
	SchemaTiming schema;

	@Option(names = "--naive-facts", defaultValue = "2000", paramLabel = "N",
			description = "Facts the naive writer writes per size (default ${DEFAULT-VALUE}).")
	int naiveFacts;

	@Option(names = "--max-calls", defaultValue = "200", paramLabel = "N",
			description = "Most calls per query, repeat and system (default ${DEFAULT-VALUE}).")
	int maxCalls;

	@Option(names = "--clients", split = ",", defaultValue = "16,64", paramLabel = "C,...",
			description = "Concurrent clients of the throughput runs (default ${DEFAULT-VALUE}).")
	List<Integer> clients;

	@Option(names = "--clients-seconds", defaultValue = "15", paramLabel = "S",
			description = "Length of each throughput run (default ${DEFAULT-VALUE}).")
	int clientSeconds;

	@Option(names = "--neo4j-graphql", defaultValue = "bench/neo4j-graphql", paramLabel = "DIR",
			description = "The @neo4j/graphql baseline server (default ${DEFAULT-VALUE}); skipped when not installed.")
	Path neo4jGraphql;

	@Option(names = "--server-jvm-option", paramLabel = "OPT",
			description = "Extra JVM option for the served application, repeatable (for example -Xmx1g).")
	List<String> serverJvmOptions = new ArrayList<>();

	@Option(names = "--texts", defaultValue = "import", paramLabel = "DIR",
			description = "Documents for the extraction benchmark (default ${DEFAULT-VALUE}).")
	Path texts;

	@Option(names = "--load-page-cache", defaultValue = "2g", paramLabel = "SIZE",
			description = "Page cache of the database while loading (default ${DEFAULT-VALUE}); serving uses the configured one.")
	String loadPageCache;

	@Option(names = "--skip-extraction", description = "Leave out the extraction benchmark.")
	boolean skipExtraction;

	@Option(names = "--ingest-documents", defaultValue = "1000", paramLabel = "N",
			description = "Documents of the ingest against extraction-alone benchmark; 0 leaves it out "
					+ "(default ${DEFAULT-VALUE}; up to 100000 shows how docs/s and heap behave as N grows).")
	int ingestDocuments;

	@Option(names = "--ingest-corpus", paramLabel = "DIR",
			description = "Real documents for that benchmark instead of generated work plans: every .txt, .md, "
					+ ".html, .pdf and .docx file under DIR, copied round after round under distinct names "
					+ "until --ingest-documents.")
	Path ingestCorpus;

	@Option(names = "--ingest-workers", paramLabel = "N",
			description = "Workers of that ingest, as `ingest --workers` (default: one per core, at least 2).")
	int ingestWorkers = IngestJob.DEFAULT_WORKERS;

	@Option(names = "--ingest-only", description = "Run only the ingest benchmark: no extraction, no graph sizes.")
	boolean ingestOnly;

	@Option(names = "--reuse-data", description = "Serve databases already loaded under --out instead of loading again.")
	boolean reuseData;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws IOException, InterruptedException {
		PrintWriter out = this.spec.commandLine().getOut();
		BenchPorts ports = new BenchPorts(this.portBase, this.portBase + 1, this.portBase + 2, this.portBase + 3);
		BenchSettings settings = new BenchSettings(this.ingestOnly ? List.of() : this.sizes, this.repeats, this.seed,
				this.out, ports, this.loadRepeatsUpTo, this.loadPath, this.batchSize, this.writers, this.schema,
				this.naiveFacts, this.maxCalls, this.clients, Duration.ofSeconds(this.clientSeconds), this.neo4jGraphql,
				this.serverJvmOptions, (this.skipExtraction || this.ingestOnly) ? List.of() : readTexts(),
				this.reuseData, this.ingestDocuments, this.ingestWorkers,
				Optional.ofNullable(this.ingestCorpus));
		new BenchSuite(settings, (dataDir, offlineImport) -> open(dataDir, offlineImport, ports, this.loadPageCache), out)
			.run();
		return CommandLine.ExitCode.OK;
	}

	private List<String> readTexts() throws IOException {
		DocumentReaders readers = new DocumentReaders();
		List<String> result = new ArrayList<>();
		try (Stream<Path> files = Files.list(this.texts)) {
			for (Path file : files.sorted().toList()) {
				result.add(readers.read(file).text());
			}
		}
		return result;
	}

	/** The application's own embedded database on {@code dataDir}, without the web server or the import folder. */
	private static DatabaseLauncher.OpenDatabase open(Path dataDir, Optional<OfflineImport> offlineImport,
			BenchPorts ports, String pageCache) {
		ConfigurableApplicationContext context = ServiceContext.open(offlineImport,
				List.of("--coopgraph.data-dir=" + dataDir.toAbsolutePath(),
						"--coopgraph.neo4j.bolt-port=" + ports.bolt(),
						"--coopgraph.neo4j.http-port=" + ports.neo4jHttp(),
						// A load touches the whole store at random; a larger page cache keeps it out of the OS file cache.
						"--coopgraph.neo4j.page-cache=" + pageCache));
		return new DatabaseLauncher.OpenDatabase() {

			@Override
			public Driver driver() {
				return context.getBean(Driver.class);
			}

			@Override
			public BulkLoader bulkLoader(int batchSize, int writers) {
				return BulkLoader.inProcess(context.getBean(GraphDatabaseService.class), driver(),
						context.getBean(GraphSchema.class), batchSize, writers);
			}

			@Override
			public <T> T bean(Class<T> type) {
				return context.getBean(type);
			}

			@Override
			public BulkLoadReport finish(OfflineImport offlineImport) {
				return offlineImport.finish(driver(), context.getBean(GraphSchema.class));
			}

			@Override
			public void close() {
				context.close();
			}

		};
	}

}
