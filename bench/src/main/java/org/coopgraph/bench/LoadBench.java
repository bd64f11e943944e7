package org.coopgraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.coopgraph.bench.bulk.BulkGraph;
import org.coopgraph.bench.bulk.BulkLoadReport;
import org.coopgraph.bench.bulk.BulkProgress;
import org.coopgraph.bench.bulk.Endpoint;
import org.coopgraph.bench.bulk.LoadPath;
import org.coopgraph.bench.bulk.OfflineImport;
import org.coopgraph.bench.bulk.RelationshipGroup;
import org.coopgraph.bench.bulk.SchemaTiming;

/**
 * Loading: relationships per second through the bulk path into an empty database (a fresh data folder per repeat:
 * offline, the batch importer writes it before it starts; transactional, batches go into the running database),
 * against the naive one-statement-per-fact writer on a sample of the same facts, written into the loaded graph and
 * removed again. The last repeat's database is left loaded in {@code dataDir} for the query benchmarks.
 */
final class LoadBench {

	private LoadBench() {
	}

	/**
	 * Figures for loading.
	 *
	 * @param nodes nodes per load
	 * @param relationships relationships per load
	 * @param path how the graph was loaded
	 * @param loadSeconds whole load, indexes included
	 * @param indexSeconds index build (offline, from the end of the import, the database's start included)
	 * @param nodesPerSecond node phase rate
	 * @param relationshipsPerSecond relationship phase rate of the bulk path
	 * @param overallPerSecond relationships over the whole load, indexes included
	 * @param naiveFacts facts the naive writer wrote in all
	 * @param naivePerSecond naive rate, one value per chunk of the sample
	 * @param ratio bulk rate (median) over each naive chunk's rate
	 * @param load machine load averages after loading
	 */
	record Figures(long nodes, long relationships, LoadPath path, Spread loadSeconds, Spread indexSeconds,
			Spread nodesPerSecond, Spread relationshipsPerSecond, Spread overallPerSecond, int naiveFacts,
			Spread naivePerSecond, Spread ratio, String load) {

	}

	static Figures run(BulkGraph graph, DatabaseLauncher launcher, Path dataDir, int repeats, LoadPath path,
			int batchSize, int writers, SchemaTiming timing, int naiveFacts, BulkProgress progress) {
		List<Double> seconds = new ArrayList<>();
		List<Double> indexSeconds = new ArrayList<>();
		List<Double> overallRates = new ArrayList<>();
		List<Double> nodeRates = new ArrayList<>();
		List<Double> relationshipRates = new ArrayList<>();
		List<Double> naiveRates = new ArrayList<>();
		for (int r = 0; r < repeats; r++) {
			delete(dataDir);
			Optional<OfflineImport> offline = (path == LoadPath.OFFLINE)
					? Optional.of(new OfflineImport(graph, progress)) : Optional.empty();
			try (DatabaseLauncher.OpenDatabase db = launcher.open(dataDir, offline)) {
				BulkLoadReport report = offline.map(db::finish)
					.orElseGet(() -> db.bulkLoader(batchSize, writers).load(graph, timing, progress));
				seconds.add(report.total().toNanos() / 1e9);
				indexSeconds.add(report.indexTime().toNanos() / 1e9);
				overallRates.add(report.relationships() / (report.total().toNanos() / 1e9));
				nodeRates.add(report.nodesPerSecond());
				relationshipRates.add(report.relationshipsPerSecond());
				if (r == repeats - 1) {
					naiveRates.addAll(naive(db, graph, naiveFacts, repeats));
				}
			}
		}
		Spread bulk = Spread.of(relationshipRates);
		return new Figures(graph.nodeCount(), graph.relationshipCount(), path, Spread.of(seconds),
				Spread.of(indexSeconds), Spread.of(nodeRates), bulk, Spread.of(overallRates),
				naiveFacts, Spread.of(naiveRates),
				Spread.of(naiveRates.stream().map((naive) -> bulk.median() / naive).toList()), Machine.currentLoad());
	}

	/** Writes the sample in {@code chunks} timed parts; returns each part's facts per second. */
	private static List<Double> naive(DatabaseLauncher.OpenDatabase db, BulkGraph graph, int facts, int chunks) {
		List<Map<String, Object>> sample = sample(graph, facts);
		NaiveFactWriter writer = new NaiveFactWriter(db.driver());
		List<Double> rates = new ArrayList<>();
		int per = Math.max(1, sample.size() / chunks);
		for (int from = 0; from + per <= sample.size(); from += per) {
			List<Map<String, Object>> chunk = sample.subList(from, from + per);
			long start = System.nanoTime();
			writer.write(chunk);
			rates.add(chunk.size() / ((System.nanoTime() - start) / 1e9));
		}
		writer.removeWritten(sample);
		return rates;
	}

	/** Facts between entities, taken evenly from every such group, as naive writer rows. */
	private static List<Map<String, Object>> sample(BulkGraph graph, int facts) {
		List<RelationshipGroup> groups = graph.relationshipGroups()
			.stream()
			.filter((g) -> g.from() == Endpoint.ENTITY && g.to() == Endpoint.ENTITY)
			.toList();
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i < facts; i++) {
			RelationshipGroup group = groups.get(i % groups.size());
			int index = (int) ((long) (i / groups.size()) * 7919 % group.size());
			Map<String, Object> row = group.row().apply(index);
			@SuppressWarnings("unchecked")
			Map<String, Object> props = new HashMap<>((Map<String, Object>) row.get("props"));
			props.put("rule", NaiveFactWriter.RULE);
			rows.add(Map.of("type", group.type(), "from", row.get("from"), "to", row.get("to"), "props", props));
		}
		return rows;
	}

	static void delete(Path dir) {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot empty " + dir, ex);
		}
	}

}
