package org.coopgraph.api;

import java.util.ArrayList;
import java.util.List;

import org.coopgraph.graph.SearchPage;

/** GraphQL {@code EntityConnection} with its edges and page info. */
record EntityConnection(List<EntityEdge> edges, PageInfo pageInfo, int totalCount) {

	static EntityConnection of(SearchPage page, int offset) {
		List<EntityEdge> edges = new ArrayList<>();
		for (int i = 0; i < page.entities().size(); i++) {
			edges.add(new EntityEdge(Cursor.of(offset + i), Entity.of(page.entities().get(i))));
		}
		boolean hasNext = offset + edges.size() < page.total();
		PageInfo info = new PageInfo(hasNext, offset > 0, edges.isEmpty() ? null : edges.get(0).cursor(),
				edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
		return new EntityConnection(edges, info, page.total());
	}

	record EntityEdge(String cursor, Entity node) {

	}

	record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {

	}

}
