package org.coopgraph.api;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.ExecutionResult;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import org.coopgraph.config.CoopgraphProperties;

import org.springframework.stereotype.Component;

/**
 * Refuses, before anything runs, an operation that is too deep, selects too many fields (fragments expanded) or uses
 * too many aliases. The error carries {@code extensions.code = LIMIT_EXCEEDED} and names the limit and its setting.
 * <p>
 * Introspection ({@code __schema}, {@code __type}) is not measured: the limits are for data queries, and the standard
 * introspection query of GraphiQL and graphql-js is deeper than any data query needs. Its cost is bounded by the
 * schema, and graphql-java's good-faith introspection check already refuses repeated or nested introspection.
 */
@Component
class QueryLimits extends SimplePerformantInstrumentation {

	private final CoopgraphProperties.Api limits;

	QueryLimits(CoopgraphProperties properties) {
		this.limits = properties.api();
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		var context = parameters.getExecutionContext();
		Measure measure = new Measure(context.getFragmentsByName());
		measure.visit(context.getOperationDefinition().getSelectionSet(), 0, new HashSet<>());
		check(measure.depth, this.limits.maxDepth(), "depth", "coopgraph.api.max-depth");
		check(measure.fields, this.limits.maxFields(), "fields selected", "coopgraph.api.max-fields");
		check(measure.aliases, this.limits.maxAliases(), "aliases", "coopgraph.api.max-aliases");
		return SimpleInstrumentationContext.noOp();
	}

	private static void check(int value, int max, String what, String setting) {
		if (value > max) {
			throw new LimitExceeded("Query exceeds the limit of %d %s (it has %d; server setting %s)"
				.formatted(max, what, value, setting));
		}
	}

	/** Walks an operation's selections, following fragment spreads once per path. */
	private static final class Measure {

		private static final Set<String> INTROSPECTION = Set.of("__schema", "__type");

		private final Map<String, FragmentDefinition> fragments;

		private int depth;

		private int fields;

		private int aliases;

		Measure(Map<String, FragmentDefinition> fragments) {
			this.fragments = fragments;
		}

		void visit(SelectionSet selectionSet, int level, Set<String> fragmentPath) {
			if (selectionSet == null || this.fields > 100_000) {
				return;
			}
			for (Selection<?> selection : selectionSet.getSelections()) {
				if (selection instanceof Field field && INTROSPECTION.contains(field.getName())) {
					continue;
				}
				if (selection instanceof Field field) {
					this.fields++;
					this.aliases += (field.getAlias() != null) ? 1 : 0;
					this.depth = Math.max(this.depth, level + 1);
					visit(field.getSelectionSet(), level + 1, fragmentPath);
				}
				else if (selection instanceof InlineFragment inline) {
					visit(inline.getSelectionSet(), level, fragmentPath);
				}
				else if (selection instanceof FragmentSpread spread && !fragmentPath.contains(spread.getName())) {
					FragmentDefinition definition = this.fragments.get(spread.getName());
					if (definition != null) {
						Set<String> path = new HashSet<>(fragmentPath);
						path.add(spread.getName());
						visit(definition.getSelectionSet(), level, path);
					}
				}
			}
		}

	}

	/** An operation over a limit. */
	static final class LimitExceeded extends AbortExecutionException {

		LimitExceeded(String message) {
			super(message);
		}

		@Override
		public Map<String, Object> getExtensions() {
			return Map.of("code", "LIMIT_EXCEEDED", "classification", "ExecutionAborted");
		}

		@Override
		public List<graphql.language.SourceLocation> getLocations() {
			return null;
		}

	}

}
