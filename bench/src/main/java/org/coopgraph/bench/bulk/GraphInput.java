package org.coopgraph.bench.bulk;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.neo4j.batchimport.api.InputIterator;
import org.neo4j.batchimport.api.input.IdType;
import org.neo4j.batchimport.api.input.Input;
import org.neo4j.batchimport.api.input.InputChunk;
import org.neo4j.batchimport.api.input.InputEntityVisitor;
import org.neo4j.batchimport.api.input.ReadableGroups;

/**
 * A {@link BulkGraph} as the batch importer's input. Nodes get ids of their own, 0, 1, 2 … in group order, so the
 * importer keeps no id map; relationship endpoints are found by key in tables filled as the nodes go in. The importer
 * reads on several threads: ranges of rows are handed out under a lock, and the rows themselves built in parallel.
 */
final class GraphInput {

	/** Rows per range handed to one importer thread: large enough that the lock is rare. */
	private static final int RANGE_ROWS = 10_000;

	/** Rows per group read to estimate property counts and sizes, which size the importer's memory. */
	private static final int SAMPLE_ROWS = 100;

	private final BulkGraph graph;

	/** The graph's groups, built once: a {@link BulkGraph} may build its lists on every call. */
	private final List<NodeGroup> nodeGroups;

	private final List<RelationshipGroup> relationshipGroups;

	private final BulkProgress progress;

	private final NodeIdTables ids;

	/** Per node group, worked out once rather than for each of its nodes: its first id, labels and id table. */
	private final long[] firstIds;

	private final String[][] labels;

	private final NodeIds[] tables;

	private volatile long relationshipsStartedAt;

	GraphInput(BulkGraph graph, BulkProgress progress) {
		this.graph = graph;
		this.progress = progress;
		this.nodeGroups = graph.nodeGroups();
		this.relationshipGroups = graph.relationshipGroups();
		this.ids = new NodeIdTables(this.nodeGroups);
		int groups = this.nodeGroups.size();
		this.firstIds = new long[groups];
		this.labels = new String[groups][];
		this.tables = new NodeIds[groups];
		long next = 0;
		for (int g = 0; g < groups; g++) {
			NodeGroup group = this.nodeGroups.get(g);
			this.firstIds[g] = next;
			this.labels[g] = group.labels().toArray(String[]::new);
			this.tables[g] = this.ids.of(group);
			next += group.size();
		}
	}

	Input input() {
		return Input.input(() -> new Ranges(names(this.nodeGroups), this::writeNode), this::relationships,
				IdType.ACTUAL, estimates(), ReadableGroups.EMPTY, false);
	}

	/** When the importer, done with the nodes, first asked for relationships; 0 until then. */
	long relationshipsStartedAt() {
		return this.relationshipsStartedAt;
	}

	private InputIterator relationships() {
		this.relationshipsStartedAt = System.nanoTime();
		// The node threads filled the tables under their locks; taking each lock here, before the relationship
		// threads are handed their work, makes every entry visible to them.
		for (NodeIds table : this.ids.all()) {
			synchronized (table) {
				table.hashCode();
			}
		}
		return new Ranges(this.relationshipGroups.stream().map((g) -> new Named(g.type(), g.size())).toList(),
				this::writeRelationship);
	}

	private void writeNode(int group, int row, InputEntityVisitor visitor) throws IOException {
		Map<String, Object> properties = this.nodeGroups.get(group).row().apply(row);
		long id = this.firstIds[group] + row;
		visitor.id(id);
		visitor.labels(this.labels[group]);
		properties(properties, visitor);
		visitor.endOfEntity();
		NodeIds table = this.tables[group];
		synchronized (table) {
			table.put((String) properties.get("key"), id);
		}
	}

	@SuppressWarnings("unchecked")
	private void writeRelationship(int group, int row, InputEntityVisitor visitor) throws IOException {
		RelationshipGroup relationships = this.relationshipGroups.get(group);
		Map<String, Object> fields = relationships.row().apply(row);
		visitor.startId(this.ids.of(relationships.from()).get((String) fields.get("from")));
		visitor.endId(this.ids.of(relationships.to()).get((String) fields.get("to")));
		visitor.type(relationships.type());
		properties((Map<String, Object>) fields.get("props"), visitor);
		visitor.endOfEntity();
	}

	private static void properties(Map<String, Object> properties, InputEntityVisitor visitor) {
		properties.forEach((name, value) -> {
			if (value != null) {
				visitor.property(name, StoredValues.stored(value), false);
			}
		});
	}

	private static List<Named> names(List<NodeGroup> groups) {
		return groups.stream().map((g) -> new Named(String.join(":", g.labels()), g.size())).toList();
	}

	/** Counts and sizes from a sample of every group, scaled up: the importer plans its memory with them. */
	@SuppressWarnings("unchecked")
	private Input.Estimates estimates() {
		Sample nodes = new Sample();
		long labels = 0;
		for (NodeGroup group : this.nodeGroups) {
			nodes.add(group.size(), group.row()::apply);
			labels += (long) group.size() * group.labels().size();
		}
		Sample relationships = new Sample();
		for (RelationshipGroup group : this.relationshipGroups) {
			relationships.add(group.size(), (i) -> (Map<String, Object>) group.row().apply(i).get("props"));
		}
		return Input.knownEstimates(this.graph.nodeCount(), this.graph.relationshipCount(), nodes.properties,
				relationships.properties, nodes.bytes, relationships.bytes, labels);
	}

	/** A group's name for progress and its row count. */
	private record Named(String name, int size) {

	}

	/** Writes row {@code row} of group {@code group} to the importer. */
	@FunctionalInterface
	private interface RowWriter {

		void write(int group, int row, InputEntityVisitor visitor) throws IOException;

	}

	/** Estimated property count and bytes of a kind of entity. */
	private static final class Sample {

		long properties;

		long bytes;

		void add(int size, IntFunction<Map<String, Object>> rows) {
			int sampled = Math.min(size, SAMPLE_ROWS);
			long count = 0;
			long bytes = 0;
			for (int s = 0; s < sampled; s++) {
				for (Object value : rows.apply((int) ((long) s * size / sampled)).values()) {
					if (value != null) {
						count++;
						bytes += (value instanceof String text) ? 3L * text.length() + 4 : 8;
					}
				}
			}
			if (sampled > 0) {
				this.properties += count * size / sampled;
				this.bytes += bytes * size / sampled;
			}
		}

	}

	/** The rows of consecutive groups, handed out in ranges of at most {@link #RANGE_ROWS}. */
	private final class Ranges implements InputIterator {

		private final List<Named> groups;

		private final RowWriter writer;

		private int group;

		private int next;

		Ranges(List<Named> groups, RowWriter writer) {
			this.groups = groups;
			this.writer = writer;
		}

		@Override
		public InputChunk newChunk() {
			return new Range(this.writer);
		}

		@Override
		public synchronized boolean next(InputChunk chunk) {
			while (this.group < this.groups.size() && this.next == this.groups.get(this.group).size()) {
				Named done = this.groups.get(this.group);
				GraphInput.this.progress.loaded(done.name(), done.size());
				this.group++;
				this.next = 0;
			}
			if (this.group == this.groups.size()) {
				return false;
			}
			int end = Math.min(this.groups.get(this.group).size(), this.next + RANGE_ROWS);
			((Range) chunk).assign(this.group, this.next, end);
			this.next = end;
			return true;
		}

		@Override
		public void close() {
		}

	}

	/** One range of rows of one group, read by one importer thread. */
	private static final class Range implements InputChunk {

		private final RowWriter writer;

		private int group;

		private int next;

		private int end;

		Range(RowWriter writer) {
			this.writer = writer;
		}

		void assign(int group, int first, int end) {
			this.group = group;
			this.next = first;
			this.end = end;
		}

		@Override
		public boolean next(InputEntityVisitor visitor) throws IOException {
			if (this.next == this.end) {
				return false;
			}
			this.writer.write(this.group, this.next++, visitor);
			return true;
		}

		@Override
		public void close() {
		}

	}

}
