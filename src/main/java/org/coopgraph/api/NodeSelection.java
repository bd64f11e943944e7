package org.coopgraph.api;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import org.coopgraph.graph.NodeFields;

/**
 * What a query selects under a field, read by walking the selected fields by name. graphql-java's glob lookups
 * ({@code contains}, {@code getFields(glob)}) compile a pattern and build a path per selected field on every call,
 * which cost a few percent of a request that returns a subgraph.
 */
final class NodeSelection {

	private static final Set<String> BRIEF = Set.of("id", "name", "__typename");

	private NodeSelection() {
	}

	/** {@link NodeFields#BRIEF} when only ids and names are selected under each of {@code paths}, else everything. */
	static NodeFields under(DataFetchingFieldSelectionSet selection, String... paths) {
		for (String path : paths) {
			if (!BRIEF.containsAll(namesUnder(selection, path))) {
				return NodeFields.ALL;
			}
		}
		return NodeFields.BRIEF;
	}

	/**
	 * The names of the fields selected under the field reached by {@code path} (field names joined by {@code /}),
	 * under whichever alias or type condition.
	 */
	static Set<String> namesUnder(DataFetchingFieldSelectionSet selection, String path) {
		List<SelectedField> fields = selection.getImmediateFields();
		for (String name : path.split("/")) {
			fields = fields.stream()
				.filter((field) -> field.getName().equals(name))
				.flatMap((field) -> field.getSelectionSet().getImmediateFields().stream())
				.toList();
		}
		Set<String> names = new HashSet<>();
		fields.forEach((field) -> names.add(field.getName()));
		return names;
	}

}
