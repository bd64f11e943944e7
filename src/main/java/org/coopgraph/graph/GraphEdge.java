package org.coopgraph.graph;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

/**
 * A relationship between two nodes, identified by their keys, with the fact's amount and provenance;
 * {@code evidenceFromTitle} tells whether the evidence is the document's title, null where it was not checked.
 */
public record GraphEdge(String type, String from, String to, Double amountCny, String evidence, String document,
		Boolean evidenceFromTitle) {

	/** The edge a row or map describes in fields type, from, to, amountCny, evidence, document (evidenceFromTitle). */
	static GraphEdge of(MapAccessor fields) {
		Value fromTitle = fields.get("evidenceFromTitle");
		return new GraphEdge(fields.get("type").asString(), fields.get("from").asString(), fields.get("to").asString(),
				amount(fields.get("amountCny")), fields.get("evidence").asString(null),
				fields.get("document").asString(null), fromTitle.isNull() ? null : fromTitle.asBoolean());
	}

	/** An amount in yuan, or null for none. */
	static Double amount(Value amountCny) {
		return amountCny.isNull() ? null : amountCny.asDouble();
	}

}
