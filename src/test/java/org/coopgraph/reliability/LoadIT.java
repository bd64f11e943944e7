package org.coopgraph.reliability;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.coopgraph.api.QueryPlanWarmup;
import org.coopgraph.graph.GraphWriter;
import org.coopgraph.ingest.IngestJob;
import org.coopgraph.ingest.IngestListener;
import org.coopgraph.ingest.IngestReport;
import org.coopgraph.support.ApiFixture;
import org.coopgraph.support.CoopgraphIT;
import org.coopgraph.support.GraphQlClient;
import org.coopgraph.support.TestDatabaseInitializer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 64 concurrent clients send mixed queries over loopback for 60 s, the second half while 100 documents are
 * ingested: no request fails, and the old generation after collections does not grow.
 */
@CoopgraphIT
class LoadIT {

	private static final int CLIENTS = 64;

	private static final Duration PHASE = Duration.ofSeconds(30);

	private static final List<String> QUERIES = List.of("{ entity(name: \"青山\") { name aliases } }",
			"{ search(text: \"市\", first: 10) { name type } }",
			"{ entity(name: \"绿水市\") { related(first: 20) { type evidence node { name } } } }",
			"{ entity(name: \"绿水市\") { neighbors(depth: 2) { nodes { id } edges { type } } } }",
			"{ tasks(responsible: \"市发改委\", first: 20) { taskId deadline responsible { name } } }",
			"{ funding(funder: \"青山市\", groupBy: RECIPIENT) { totalCny count } }",
			"{ path(from: \"绿水\", to: \"青绿园区\", maxHops: 3) { length } }");

	@LocalServerPort
	int port;

	@Autowired
	GraphWriter writer;

	@Autowired
	IngestJob ingest;

	@Autowired
	QueryPlanWarmup warmup;

	@Test
	void servesMixedQueriesWithoutErrorsBeforeAndDuringAnIngest() throws Exception {
		ApiFixture.write(this.writer);
		// As a server does once it is ready: the phases measure a warm server, not 64 first calls planning at once.
		this.warmup.run();
		Phase quiet = load(PHASE, null);
		Path documents = generatedDocuments(100);
		Phase busy = load(PHASE, () -> this.ingest.run(List.of(documents), false, IngestListener.NONE));

		System.out.printf("load: quiet %s%nload: during ingest %s%n", quiet, busy);
		assertThat(quiet.errors()).as("errors by code, quiet").isEmpty();
		assertThat(busy.errors()).as("errors by code, during ingest").isEmpty();
		assertThat(quiet.requests()).isGreaterThan(CLIENTS);
		assertThat(busy.ingest()).isNotNull();
		assertThat(busy.ingest().failures()).isEmpty();
		assertThat(busy.ingest().newDocuments() + busy.ingest().unchangedDocuments()).isEqualTo(100);
		assertThat(busy.oldGenAfterGc()).isLessThan(quiet.oldGenAfterGc() * 3 / 2 + 64L * 1024 * 1024);
	}

	private Phase load(Duration duration, IngestTask background) throws Exception {
		AtomicBoolean running = new AtomicBoolean(true);
		Map<String, Integer> errors = new ConcurrentHashMap<>();
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
		IngestReport ingested = null;
		try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int c = 0; c < CLIENTS; c++) {
				int client = c;
				clients.submit(() -> {
					GraphQlClient graphql = new GraphQlClient(this.port);
					for (int i = client; running.get(); i++) {
						long started = System.nanoTime();
						String query = QUERIES.get(i % QUERIES.size());
						JsonNode response = graphql.query(query);
						latencies.add(System.nanoTime() - started);
						for (JsonNode error : response.path("errors")) {
							String code = error.path("extensions").path("code").asString("no code");
							errors.merge(code + " " + query, 1, Integer::sum);
						}
					}
					return null;
				});
			}
			long deadline = System.nanoTime() + duration.toNanos();
			if (background != null) {
				try (ExecutorService ingestThread = Executors.newSingleThreadExecutor()) {
					Future<IngestReport> report = ingestThread.submit(background::run);
					ingested = report.get();
				}
			}
			Thread.sleep(Math.max(0, (deadline - System.nanoTime()) / 1_000_000));
			running.set(false);
		}
		List<Long> sorted = new ArrayList<>(latencies);
		Collections.sort(sorted);
		long p50 = sorted.get(sorted.size() / 2) / 1_000_000;
		long p99 = sorted.get((int) (sorted.size() * 0.99)) / 1_000_000;
		return new Phase(sorted.size(), Map.copyOf(errors), p50, p99, oldGenAfterGc(), ingested);
	}

	private static long oldGenAfterGc() {
		System.gc();
		long used = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null
					&& pool.getName().toLowerCase().contains("old")) {
				used += pool.getCollectionUsage().getUsed();
			}
		}
		return used;
	}

	private static Path generatedDocuments(int count) throws Exception {
		Path folder = TestDatabaseInitializer.temporaryFolder("coopgraph-load-docs-");
		for (int i = 0; i < count; i++) {
			Files.writeString(folder.resolve("load-plan-%03d.txt".formatted(i)), """
					青山市与绿水市结对帮扶合作%d年度工作计划
					一、产业合作
					1．共建青绿工业园区第%d期。（责任单位：市发改委，完成时间：%d月底前）
					2．安排帮扶资金%d万元。（责任单位：市财政局、市发改委，完成时间：年底前）
					""".formatted(2000 + i, i, 1 + i % 12, 10 + i));
		}
		return folder;
	}

	@FunctionalInterface
	interface IngestTask {

		IngestReport run();

	}

	/** Errors are counted by GraphQL error code and query, so that a failure names what went wrong where. */
	record Phase(int requests, Map<String, Integer> errors, long p50Millis, long p99Millis, long oldGenAfterGc, IngestReport ingest) {

		@Override
		public String toString() {
			return "%d requests, errors %s, p50 %d ms, p99 %d ms, old gen after GC %d MB".formatted(this.requests,
					this.errors, this.p50Millis, this.p99Millis, this.oldGenAfterGc >> 20);
		}

	}

}
