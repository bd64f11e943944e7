package org.coopgraph.bench.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.IntFunction;

import org.coopgraph.bench.bulk.BulkGraph;
import org.coopgraph.bench.bulk.NodeGroup;
import org.coopgraph.bench.bulk.RelationshipGroup;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a {@link BulkGraph} as JSON Lines, one file per node label set ({@code nodes-Entity-City.jsonl}) and per
 * relationship type ({@code relationships-FUNDS.jsonl}), each line one row exactly as the bulk loader receives it.
 */
public final class GraphFiles {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private GraphFiles() {
	}

	/** Writes every group into {@code directory} (created if missing); returns the number of lines written. */
	public static long write(BulkGraph graph, Path directory) throws IOException {
		Files.createDirectories(directory);
		long lines = 0;
		for (NodeGroup group : graph.nodeGroups()) {
			lines += write(directory.resolve("nodes-" + String.join("-", group.labels()) + ".jsonl"), group.size(),
					group.row());
		}
		for (RelationshipGroup group : graph.relationshipGroups()) {
			lines += write(directory.resolve("relationships-" + group.type() + ".jsonl"), group.size(), group.row());
		}
		return lines;
	}

	private static long write(Path file, int size, IntFunction<Map<String, Object>> row) throws IOException {
		try (BufferedWriter out = Files.newBufferedWriter(file)) {
			for (int i = 0; i < size; i++) {
				Map<String, Object> values = row.apply(i);
				out.write(JSON.writeValueAsString(values));
				out.newLine();
			}
		}
		return size;
	}

}
