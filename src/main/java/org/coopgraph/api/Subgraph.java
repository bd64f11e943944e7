package org.coopgraph.api;

import java.util.List;

/** GraphQL {@code Subgraph}, and the nodes and edges of a {@code Path}. */
record Subgraph(List<Node> nodes, List<Edge> edges, boolean truncated) {

	static Subgraph of(org.coopgraph.graph.Subgraph subgraph) {
		return new Subgraph(subgraph.nodes().stream().map(Node::of).toList(),
				subgraph.edges().stream().map(Edge::of).toList(), subgraph.truncated());
	}

	/** GraphQL {@code Path}: a subgraph that is a chain. */
	record Path(List<Node> nodes, List<Edge> edges, int length) {

		static Path of(org.coopgraph.graph.Subgraph chain) {
			Subgraph subgraph = Subgraph.of(chain);
			return new Path(subgraph.nodes(), subgraph.edges(), subgraph.edges().size());
		}

	}

}
