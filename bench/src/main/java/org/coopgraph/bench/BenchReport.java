package org.coopgraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a run's figures as Markdown tables ({@code results.md}, pasted into BENCHMARKS.md), as JSON
 * ({@code results.json}) and as the latency plot ({@code latency.png}).
 */
final class BenchReport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private BenchReport() {
	}

	static void write(BenchResults results, Path out) throws IOException {
		Files.createDirectories(out);
		Files.writeString(out.resolve("results.md"), markdown(results));
		Files.writeString(out.resolve("results.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json(results)));
		if (!results.sizes.isEmpty()) {
			LatencyPlot.write(results, out.resolve("latency.png"));
		}
	}

	static String markdown(BenchResults r) {
		StringBuilder md = new StringBuilder();
		Machine m = r.machine;
		md.append("Machine: %d cores (%s), %.1f GiB RAM, JDK %s, %s; load average at start %s.%n%n".formatted(m.cores(),
				m.cpu(), m.memoryGib(), m.jdk(), m.os(), m.load()));
		md.append("Figures are min / median / max over %d repeats unless marked.%n%n".formatted(r.settings.repeats()));
		if (r.extraction != null) {
			ExtractionBench.Figures e = r.extraction;
			md.append("### Extraction (%d documents, %,d characters)%n%n".formatted(e.documents(), e.chars()));
			md.append("| what | chars/s |\n| --- | --- |\n");
			md.append("| `DocumentExtractor.extract` | %s |%n".formatted(e.extractorCharsPerSecond().format("%,.0f")));
			md.append("| HanLP segmentation (`HanlpSegmenter`) | %s |%n".formatted(e.segmenterCharsPerSecond().format("%,.0f")));
			md.append("| **ratio** (target >= 0.5) | **%s** |%n%n".formatted(e.ratio().format("%.2f")));
		}
		if (r.ingest != null) {
			md.append(ingestMarkdown(r.ingest));
		}
		if (r.sizes.isEmpty()) {
			return md.toString();
		}
		md.append("### Loading%n%n".formatted());
		md.append("| entities | nodes | relationships | path | load s (all) | of which indexes s | bulk rel/s "
				+ "(relationship phase) | rel/s over the whole load | naive rel/s | **bulk / naive** | load avg |\n");
		md.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
		for (BenchResults.SizeResults s : r.sizes.stream().filter((x) -> x.load != null).toList()) {
			LoadBench.Figures l = s.load;
			md.append("| %,d | %,d | %,d | %s | %s | %s | %s | %s | %s | **%s** | %s |%n".formatted(s.entities, s.nodes,
					s.relationships, l.path(), l.loadSeconds().format("%.1f"), l.indexSeconds().format("%.1f"),
					l.relationshipsPerSecond().format("%,.0f"), l.overallPerSecond().format("%,.0f"),
					l.naivePerSecond().format("%,.0f"), l.ratio().format("%.0f"), l.load()));
		}
		md.append("\n### Startup and memory%n%n".formatted());
		md.append("| entities | first answer after launch | RSS after start | RSS after benchmark | peak RSS |\n");
		md.append("| --- | --- | --- | --- | --- |\n");
		for (BenchResults.SizeResults s : r.sizes) {
			md.append("| %,d | %.1f s | %,d MiB | %,d MiB | %,d MiB |%n".formatted(s.entities, s.startupSeconds,
					s.rssAfterStartMib, s.rssAfterQueriesMib, s.peakRssMib));
		}
		for (BenchResults.SizeResults s : r.sizes) {
			md.append("\n### Query latency at %,d entities (ms; load avg %s)%n%n".formatted(s.entities, s.loadAtQueries));
			md.append("| query | calls (coopgraph and Cypher / @neo4j/graphql) | coopgraph p50 | coopgraph p99 | Cypher p50 | Cypher p99 | **coopgraph / Cypher** (p50) | @neo4j/graphql p50 | @neo4j/graphql p99 | **coopgraph / @neo4j/graphql** (p50) |\n");
			md.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
			for (QueryBench.Figures q : s.queries) {
				boolean theirs = q.neo4jGraphqlP50() != null;
				md.append("| %s | %d / %d | %s | %s | %s | %s | **%s** | %s | %s | **%s** |%n".formatted(q.name(),
						q.calls(), q.neo4jGraphqlCalls(),
						q.coopgraphP50().format("%.2f"), q.coopgraphP99().format("%.2f"), q.cypherP50().format("%.2f"),
						q.cypherP99().format("%.2f"), q.overCypher().format("%.2f"),
						theirs ? q.neo4jGraphqlP50().format("%.2f") : "n/a (" + q.neo4jGraphqlProblem() + ")",
						theirs ? q.neo4jGraphqlP99().format("%.2f") : "n/a",
						theirs ? q.overNeo4jGraphql().format("%.2f") : "n/a"));
			}
			md.append("\n| concurrent clients | requests | errors | requests/s | p50 ms | p99 ms | load avg |\n");
			md.append("| --- | --- | --- | --- | --- | --- | --- |\n");
			for (ConcurrencyBench.Figures t : s.throughput) {
				md.append("| %d | %,d | %d | %,.0f | %.1f | %.1f | %s |%n".formatted(t.clients(), t.requests(), t.errors(),
						t.requestsPerSecond(), t.p50Millis(), t.p99Millis(), t.load()));
			}
		}
		return md.toString();
	}

	private static String ingestMarkdown(IngestBench.Figures i) {
		StringBuilder md = new StringBuilder();
		md.append("### Ingest against extraction alone (%,d documents, %.1f MB; one run; load avg %s, then %s)%n%n"
			.formatted(i.documents(), i.megabytes(), i.load().get(0), i.load().get(1)));
		md.append("Documents: %s.%n%n".formatted(i.corpus()));
		md.append("| what | docs/s |\n| --- | --- |\n");
		md.append("| HanLP segmentation alone (read and segment, %d threads) | %,.1f |%n"
			.formatted(i.extractThreads(), i.segmentDocsPerSecond()));
		md.append("| extraction alone (read and extract, %d threads, nothing stored; before / after ingest) | %,.1f (%,.1f / %,.1f) |%n"
			.formatted(i.extractThreads(), i.extractDocsPerSecond(), i.extractBeforeDocsPerSecond(),
					i.extractAfterDocsPerSecond()));
		md.append(("| ingest (`IngestJob`, %d workers, into a database holding the %,d warm-up documents; %d failed) "
				+ "| %,.1f |%n").formatted(i.workers(), i.warmupDocuments(), i.failed(), i.ingestDocsPerSecond()));
		md.append("| **ingest / extraction alone** (target >= 0.8) | **%.2f** |%n".formatted(i.ratio()));
		md.append("| **extraction alone / segmentation alone** (target >= 0.5) | **%.2f** |%n"
			.formatted(i.extractOverSegment()));
		md.append("| first %,d documents into the new database (warm-up: compiling the writer's statements) | %,.1f |%n%n"
			.formatted(i.warmupDocuments(), i.coldIngestDocsPerSecond()));
		IngestBench.CpuPerDocument cpu = i.cpu();
		md.append("CPU time of the whole process per document, every thread (the collector and the JIT compiler too): "
				+ "it moves less with the load than the wall clock does.%n%n".formatted());
		md.append("| pass | CPU ms per document |\n| --- | --- |\n");
		md.append("| segmentation alone | %.3f |%n| extraction alone (both passes) | %.3f |%n| ingest | %.3f |%n"
			.formatted(cpu.segment(), cpu.extract(), cpu.ingest()));
		md.append("| **ingest / extraction alone by CPU per document** (the ratio with every core busy) | **%.2f** |%n%n"
			.formatted(cpu.ingestOverExtract()));
		md.append("| documents | s | docs/s since previous | docs/s overall | heap after last GC MiB | peak heap MiB |\n");
		md.append("| --- | --- | --- | --- | --- | --- |\n");
		for (IngestBench.Checkpoint c : i.checkpoints()) {
			md.append("| %,d | %.1f | %,.1f | %,.1f | %,d | %,d |%n".formatted(c.documents(), c.seconds(),
					c.docsPerSecond(), c.overallDocsPerSecond(), c.heapAfterGcMib(), c.peakHeapMib()));
		}
		return md.append('\n').toString();
	}

	private static Map<String, Object> json(BenchResults r) {
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("machine", r.machine);
		root.put("repeats", r.settings.repeats());
		root.put("seed", r.settings.seed());
		root.put("extraction", r.extraction);
		root.put("ingest", r.ingest);
		List<Map<String, Object>> sizes = new ArrayList<>();
		for (BenchResults.SizeResults s : r.sizes) {
			Map<String, Object> size = new LinkedHashMap<>();
			size.put("entities", s.entities);
			size.put("nodes", s.nodes);
			size.put("relationships", s.relationships);
			size.put("load", s.load);
			size.put("startupSeconds", s.startupSeconds);
			size.put("rssAfterStartMib", s.rssAfterStartMib);
			size.put("rssAfterQueriesMib", s.rssAfterQueriesMib);
			size.put("peakRssMib", s.peakRssMib);
			size.put("loadAtQueries", s.loadAtQueries);
			size.put("queries", s.queries);
			size.put("throughput", s.throughput);
			sizes.add(size);
		}
		root.put("sizes", sizes);
		return root;
	}

}
