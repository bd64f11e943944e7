package org.coopgraph.api;

import org.coopgraph.graph.GraphEdge;

/** GraphQL {@code Edge}; {@code evidenceSource} is TITLE, SENTENCE, or null where it was not checked. */
record Edge(String type, String from, String to, Double amountCny, String evidence, String document,
		String evidenceSource) {

	static Edge of(GraphEdge edge) {
		String source = (edge.evidenceFromTitle() == null) ? null : (edge.evidenceFromTitle() ? "TITLE" : "SENTENCE");
		return new Edge(edge.type(), edge.from(), edge.to(), edge.amountCny(), edge.evidence(), edge.document(),
				source);
	}

}
