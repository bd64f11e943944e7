package org.coopgraph.bench.bulk;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One {@link NodeIds} table per kind of node of a graph about to be written, each sized for that kind's node count:
 * filled as nodes are written, read as relationships find their endpoints.
 */
final class NodeIdTables {

	private final Map<Endpoint, NodeIds> tables = new EnumMap<>(Endpoint.class);

	NodeIdTables(List<NodeGroup> groups) {
		Map<Endpoint, Integer> counts = new EnumMap<>(Endpoint.class);
		for (NodeGroup group : groups) {
			counts.merge(Endpoint.of(group.labels()), group.size(), Integer::sum);
		}
		counts.forEach((kind, count) -> this.tables.put(kind, new NodeIds(count)));
	}

	/** The table of the kind of nodes {@code group} holds. */
	NodeIds of(NodeGroup group) {
		return this.tables.get(Endpoint.of(group.labels()));
	}

	/**
	 * The table of {@code kind}.
	 * @throws IllegalArgumentException when the graph has no node of that kind
	 */
	NodeIds of(Endpoint kind) {
		NodeIds table = this.tables.get(kind);
		if (table == null) {
			throw new IllegalArgumentException("relationships end at " + kind + " nodes, but the graph has none");
		}
		return table;
	}

	Collection<NodeIds> all() {
		return this.tables.values();
	}

}
