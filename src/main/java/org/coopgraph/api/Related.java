package org.coopgraph.api;

import org.coopgraph.graph.RelatedFact;

/** GraphQL {@code Related}: one fact seen from an entity, with its provenance. */
record Related(String type, String direction, Node node, Double amountCny, String evidence, String document,
		Integer start, Integer end, Integer year, String cursor) {

	static Related of(RelatedFact fact, int position) {
		return new Related(fact.type(), fact.direction(), Node.of(fact.node()), fact.amountCny(), fact.evidence(),
				fact.document(), fact.start(), fact.end(), fact.year(), Cursor.of(position));
	}

}
