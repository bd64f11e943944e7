package org.coopgraph.graph;

/**
 * One relationship seen from an entity, with the node at the other end and the provenance of the fact.
 *
 * @param direction {@code OUT} when the entity is the start of the relationship, {@code IN} otherwise
 * @param year the fact's year (the one its clauses state, else its document's); null when neither is known
 */
public record RelatedFact(String type, String direction, GraphNode node, Double amountCny, String evidence,
		String document, Integer start, Integer end, Integer year) {

}
