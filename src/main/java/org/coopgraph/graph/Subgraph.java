package org.coopgraph.graph;

import java.util.List;

/** Nodes and the edges between them; {@code truncated} when a size cap stopped the expansion. */
public record Subgraph(List<GraphNode> nodes, List<GraphEdge> edges, boolean truncated) {

	public Subgraph {
		nodes = List.copyOf(nodes);
		edges = List.copyOf(edges);
	}

}
