package org.coopgraph.api;

import org.coopgraph.graph.GraphEdge;

/** GraphQL {@code Edge}. */
record Edge(String type, String from, String to, Double amountCny, String evidence, String document) {

	static Edge of(GraphEdge edge) {
		return new Edge(edge.type(), edge.from(), edge.to(), edge.amountCny(), edge.evidence(), edge.document());
	}

}
