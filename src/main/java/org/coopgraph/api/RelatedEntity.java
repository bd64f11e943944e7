package org.coopgraph.api;

import java.util.List;

import org.coopgraph.graph.RelatedEntityQueries;

/** GraphQL {@code RelatedEntity}: a distinct entity linked to another, with what links them. */
record RelatedEntity(Entity entity, List<String> relationTypes, int factCount, List<String> documents,
		String cursor) {

	static RelatedEntity of(RelatedEntityQueries.RelatedEntity related, int position) {
		return new RelatedEntity(Entity.of(related.entity()), related.relationTypes(), related.factCount(),
				related.documents(), Cursor.of(position));
	}

}
