package org.coopgraph.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.coopgraph.bench.generate.GraphGenerator;
import org.coopgraph.bench.generate.SyntheticGraph;
import org.coopgraph.config.BoltPasswordFile;
import org.neo4j.driver.AuthTokenManager;
import org.neo4j.driver.AuthTokenManagers;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * Runs the whole benchmark of issue 8: extraction once, ingest against extraction alone once (issue 16), then for every graph size generate, bulk-load (against the
 * naive writer), serve in a child process (startup time, memory), query latency against hand-written Cypher and
 * {@code @neo4j/graphql}, and throughput under concurrency. Writes {@code results.md}, {@code results.json} and
 * {@code latency.png} into the output folder after every size, so an interrupted run keeps what it measured.
 */
public final class BenchSuite {

	private static final Duration STARTUP_LIMIT = Duration.ofMinutes(5);

	private static final long MAX_REQUESTS_PER_THROUGHPUT_RUN = 200_000;

	/**
	 * Query latency is measured once the machine has settled after the server's start, the previous size's server
	 * and this JVM's own collection of the generated graph, so that none of them falls into the measurement. (In
	 * the runs of 2026-12-03 it had always settled within a second of the first answer.)
	 */
	private static final double QUIET_BUSY_CORES = 0.3;

	private static final Duration QUIET_LIMIT = Duration.ofSeconds(60);

	private final BenchSettings settings;

	private final DatabaseLauncher launcher;

	private final PrintWriter log;

	public BenchSuite(BenchSettings settings, DatabaseLauncher launcher, PrintWriter log) {
		this.settings = settings;
		this.launcher = launcher;
		this.log = log;
	}

	public void run() throws IOException, InterruptedException {
		BenchResults results = new BenchResults(Machine.describe(), this.settings);
		this.log.printf("machine: %s%n", results.machine);
		if (!this.settings.texts().isEmpty()) {
			this.log.printf("extraction: %d documents, %d repeats%n", this.settings.texts().size(),
					this.settings.repeats());
			results.extraction = ExtractionBench.run(this.settings.texts(), this.settings.repeats());
			this.log.printf("  extractor %s chars/s, segmenter %s chars/s%n",
					results.extraction.extractorCharsPerSecond().format("%,.0f"),
					results.extraction.segmenterCharsPerSecond().format("%,.0f"));
		}
		if (this.settings.ingestDocuments() > 0) {
			IngestCorpus corpus = this.settings.ingestCorpus()
				.<IngestCorpus>map(IngestCorpus.RepeatedDocuments::under)
				.orElseGet(IngestCorpus.GeneratedPlans::new);
			this.log.printf("ingest: %s, %d workers, against extraction alone%n",
					corpus.describe(this.settings.ingestDocuments()), this.settings.ingestWorkers());
			results.ingest = IngestBench.run(corpus, this.settings.ingestDocuments(), this.settings.ingestWorkers(),
					this.settings.out().resolve("ingest"), this.launcher);
			this.log.printf(
					"  ingest %,.1f docs/s, extraction alone %,.1f docs/s: ratio %.2f; segmentation alone %,.1f docs/s: extraction / segmentation %.2f%n",
					results.ingest.ingestDocsPerSecond(), results.ingest.extractDocsPerSecond(),
					results.ingest.ratio(), results.ingest.segmentDocsPerSecond(),
					results.ingest.extractOverSegment());
		}
		BenchReport.write(results, this.settings.out());
		for (int size : this.settings.sizes()) {
			results.sizes.add(runSize(size));
			BenchReport.write(results, this.settings.out());
		}
		this.log.printf("results in %s%n", this.settings.out().resolve("results.md"));
	}

	private BenchResults.SizeResults runSize(int size) throws IOException, InterruptedException {
		BenchResults.SizeResults result = new BenchResults.SizeResults(size);
		this.log.printf("size %,d: generating%n", size);
		SyntheticGraph graph = GraphGenerator.generate(size, this.settings.seed());
		result.nodes = graph.nodeCount();
		result.relationships = graph.relationshipCount();
		this.log.printf("  %,d nodes, %,d relationships; loading%n", result.nodes, result.relationships);
		Path dataDir = this.settings.out().resolve("data").resolve(String.valueOf(size));
		if (this.settings.reuseData() && Files.isDirectory(dataDir)) {
			this.log.printf("  reusing the database loaded earlier in %s%n", dataDir);
		}
		else {
			int loadRepeats = (size <= this.settings.loadRepeatsUpTo()) ? this.settings.repeats() : 1;
			result.load = LoadBench.run(graph, this.launcher, dataDir, loadRepeats, this.settings.loadPath(),
					this.settings.batchSize(),
					this.settings.writers(),
					this.settings.schemaTiming(), this.settings.naiveFacts(),
					(group, count) -> this.log.printf("    %-22s %,12d%n", group, count));
			this.log.printf("  bulk %s rel/s, naive %s rel/s (load %s)%n",
					result.load.relationshipsPerSecond().format("%,.0f"),
					result.load.naivePerSecond().format("%,.0f"), result.load.load());
		}
		List<BenchQuery> queries = BenchQueries.of(graph);
		graph = null;
		// Collected now, not while the queries are measured: at 1M the graph is gigabytes of garbage.
		System.gc();
		BenchPorts ports = this.settings.ports();
		Path serveLog = this.settings.out().resolve("logs").resolve("serve-" + size + ".log");
		try (ServerProcess server = ServerProcess.launch(dataDir, ports, serveLog, this.settings.serverJvmOptions());
				Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + ports.bolt(), boltAuth(dataDir),
						Config.builder().withoutEncryption().withMaxConnectionPoolSize(100).build())) {
			GraphQlHttp http = new GraphQlHttp(ServerProcess.graphQlEndpoint(ports));
			String first = GraphQlHttp.body(queries.get(0).graphql(), queries.get(0).variables());
			result.startupSeconds = server.awaitFirstAnswer(http, first, STARTUP_LIMIT).toMillis() / 1e3;
			result.rssAfterStartMib = server.residentMib()[0];
			this.log.printf("  served: first answer after %.1f s, RSS %,d MiB%n", result.startupSeconds,
					result.rssAfterStartMib);
			double settled = Machine.awaitQuiet(QUIET_BUSY_CORES, QUIET_LIMIT);
			this.log.printf("  machine settled after %.0f s%n", settled);
			result.loadAtQueries = Machine.currentLoad();
			try (NodeGraphqlServer theirs = startNeo4jGraphql(new BoltPasswordFile(dataDir).read())) {
				GraphQlHttp theirHttp = (theirs == null) ? null : new GraphQlHttp(theirs.endpoint());
				result.queries = QueryBench.run(queries, http, driver, theirHttp, this.settings.repeats(),
						this.settings.maxCalls());
			}
			for (QueryBench.Figures q : result.queries) {
				this.log.printf("    %-20s p50 %s ms, cypher %s ms%s%n", q.name(), q.coopgraphP50().format("%.2f"),
						q.cypherP50().format("%.2f"), (q.neo4jGraphqlP50() == null)
								? ", @neo4j/graphql: " + q.neo4jGraphqlProblem() : ", @neo4j/graphql " + q.neo4jGraphqlP50().format("%.2f") + " ms");
			}
			List<String> bodies = queries.stream().map((q) -> GraphQlHttp.body(q.graphql(), q.variables())).toList();
			for (int clients : this.settings.concurrency()) {
				ConcurrencyBench.Figures f = ConcurrencyBench.run(http, bodies, clients,
						this.settings.concurrencyDuration(), MAX_REQUESTS_PER_THROUGHPUT_RUN);
				result.throughput.add(f);
				this.log.printf("  %d clients: %,.0f req/s, %d errors%n", clients, f.requestsPerSecond(), f.errors());
			}
			long[] rss = server.residentMib();
			result.rssAfterQueriesMib = rss[0];
			result.peakRssMib = rss[1];
		}
		return result;
	}

	/**
	 * The served database's user and the password it generated into its data folder, read on the first connection:
	 * a data folder from before Bolt had a password gets its file only once the server has started.
	 */
	private static AuthTokenManager boltAuth(Path dataDir) {
		return AuthTokenManagers.basic(() -> AuthTokens.basic("neo4j", new BoltPasswordFile(dataDir).read()));
	}

	private NodeGraphqlServer startNeo4jGraphql(String boltPassword) throws InterruptedException {
		Path folder = this.settings.neo4jGraphqlFolder();
		if (folder == null || !NodeGraphqlServer.installed(folder)) {
			this.log.printf("  @neo4j/graphql baseline skipped: run npm ci in %s%n", folder);
			return null;
		}
		try {
			return NodeGraphqlServer.start(folder, this.settings.ports().bolt(), boltPassword,
					this.settings.ports().neo4jGraphql());
		}
		catch (IOException ex) {
			this.log.printf("  @neo4j/graphql baseline failed to start: %s%n", ex.getMessage());
			return null;
		}
	}

}
