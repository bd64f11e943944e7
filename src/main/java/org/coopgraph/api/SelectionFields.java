package org.coopgraph.api;

import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;

/**
 * The fields of one selection set of a query's syntax tree, through inline fragments and fragment spreads: the walk
 * that both {@link QueryLimits} and {@link NodeSelection} make.
 */
final class SelectionFields {

	private SelectionFields() {
	}

	/**
	 * Gives {@code action} every field of {@code selectionSet}, fragments expanded, each fragment once per path: a
	 * spread already in {@code fragmentPath} is skipped (a cycle is invalid anyway). The path holds the spreads being
	 * expanded while {@code action} runs, so an action that walks a field's own selections passes it on.
	 */
	static void each(SelectionSet selectionSet, Map<String, FragmentDefinition> fragments, Set<String> fragmentPath,
			Consumer<Field> action) {
		if (selectionSet == null) {
			return;
		}
		for (Selection<?> selection : selectionSet.getSelections()) {
			if (selection instanceof Field field) {
				action.accept(field);
			}
			else if (selection instanceof InlineFragment inline) {
				each(inline.getSelectionSet(), fragments, fragmentPath, action);
			}
			else if (selection instanceof FragmentSpread spread && fragmentPath.add(spread.getName())) {
				FragmentDefinition definition = fragments.get(spread.getName());
				if (definition != null) {
					each(definition.getSelectionSet(), fragments, fragmentPath, action);
				}
				fragmentPath.remove(spread.getName());
			}
		}
	}

}
