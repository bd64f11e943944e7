package org.coopgraph.api;

import java.util.Set;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.coopgraph.graph.NodeFields;

/** Which node fields to read for a node-valued field, from what the query selects under it. */
final class NodeSelection {

	private static final Set<String> BRIEF = Set.of("id", "name", "__typename");

	private NodeSelection() {
	}

	/** {@link NodeFields#BRIEF} when only ids and names are selected under {@code path}, else everything. */
	static NodeFields under(DataFetchingFieldSelectionSet selection, String path) {
		boolean brief = selection.getFields(path + "/*").stream().allMatch((field) -> BRIEF.contains(field.getName()));
		return brief ? NodeFields.BRIEF : NodeFields.ALL;
	}

}
