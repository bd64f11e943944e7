package org.coopgraph.graph;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

/** A relationship between two nodes, identified by their keys, with the fact's amount and provenance. */
public record GraphEdge(String type, String from, String to, Double amountCny, String evidence, String document) {

	/** The edge a row or map describes in fields type, from, to, amountCny, evidence and document. */
	static GraphEdge of(MapAccessor fields) {
		Value amount = fields.get("amountCny");
		return new GraphEdge(fields.get("type").asString(), fields.get("from").asString(), fields.get("to").asString(),
				amount.isNull() ? null : amount.asDouble(), fields.get("evidence").asString(null),
				fields.get("document").asString(null));
	}

}
