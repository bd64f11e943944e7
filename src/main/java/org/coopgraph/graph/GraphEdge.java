package org.coopgraph.graph;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Relationship;

/** A relationship between two nodes, identified by their keys, with the fact's amount and provenance. */
public record GraphEdge(String type, String from, String to, Double amountCny, String evidence, String document) {

	/** The edge a row describes in columns type, from, to, amountCny, evidence and document. */
	static GraphEdge of(Record row) {
		Value amount = row.get("amountCny");
		return new GraphEdge(row.get("type").asString(), row.get("from").asString(), row.get("to").asString(),
				amount.isNull() ? null : amount.asDouble(), row.get("evidence").asString(null),
				row.get("document").asString(null));
	}

	static GraphEdge of(Relationship relationship, String fromKey, String toKey) {
		Value amount = relationship.get("amountCny");
		return new GraphEdge(relationship.type(), fromKey, toKey, amount.isNull() ? null : amount.asDouble(),
				relationship.get("evidence").asString(null), relationship.get("document").asString(null));
	}

}
