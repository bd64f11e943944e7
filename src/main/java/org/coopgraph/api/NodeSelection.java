package org.coopgraph.api;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.schema.DataFetchingEnvironment;
import org.coopgraph.graph.NodeFields;

/**
 * What a query selects under a field, read from the query's own syntax tree: the fields of the field being fetched,
 * through aliases, inline fragments and fragment spreads. graphql-java's {@code DataFetchingFieldSelectionSet} builds
 * the whole operation's normalized form on first use (1.6% of a request returning 51 pairings), and its glob lookups
 * compile a pattern per call. The tree does not apply {@code @skip} and {@code @include}: a field they leave out
 * still counts as selected, which at worst reads a field that is then not returned.
 */
final class NodeSelection {

	private static final Set<String> BRIEF = Set.of("id", "name", "__typename");

	private NodeSelection() {
	}

	/** {@link NodeFields#BRIEF} when only ids and names are selected under each of {@code paths}, else everything. */
	static NodeFields under(DataFetchingEnvironment environment, String... paths) {
		for (String path : paths) {
			if (!BRIEF.containsAll(namesUnder(environment, path))) {
				return NodeFields.ALL;
			}
		}
		return NodeFields.BRIEF;
	}

	/** The names of the fields selected directly under the field being fetched. */
	static Set<String> names(DataFetchingEnvironment environment) {
		return namesUnder(environment, "");
	}

	/**
	 * The names of the fields selected under the field reached by {@code path} (field names joined by {@code /}, empty
	 * for the field being fetched), under whichever alias or type condition.
	 */
	static Set<String> namesUnder(DataFetchingEnvironment environment, String path) {
		Map<String, FragmentDefinition> fragments = environment.getFragmentsByName();
		List<Field> fields = environment.getMergedField().getFields();
		for (String name : path.isEmpty() ? new String[0] : path.split("/")) {
			List<Field> children = new ArrayList<>();
			fields.forEach((field) -> SelectionFields.each(field.getSelectionSet(), fragments, new HashSet<>(), (child) -> {
				if (child.getName().equals(name)) {
					children.add(child);
				}
			}));
			fields = children;
		}
		Set<String> names = new HashSet<>();
		fields.forEach((field) -> SelectionFields.each(field.getSelectionSet(), fragments, new HashSet<>(),
				(child) -> names.add(child.getName())));
		return names;
	}

}
