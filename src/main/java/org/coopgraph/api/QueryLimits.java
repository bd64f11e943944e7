package org.coopgraph.api;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.execution.AbortExecutionException;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.language.Document;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.language.SelectionSet;
import org.coopgraph.config.CoopgraphProperties;

import org.springframework.stereotype.Component;

/**
 * Refuses, before anything runs, an operation that is too deep, selects too many fields (fragments expanded) or uses
 * too many aliases. The error carries {@code extensions.code = LIMIT_EXCEEDED} and names the limit and its setting.
 * <p>
 * The check is a step of fetching the request's parsed document ({@link PreparsedDocuments}), not an
 * instrumentation: Spring wraps any instrumentation in a chain that graphql-java calls at every field of every
 * request, which cost more than this walk of the operation (1.6% of a request returning 51 pairings).
 * <p>
 * Introspection ({@code __schema}, {@code __type}) is not measured: the limits are for data queries, and the standard
 * introspection query of GraphiQL and graphql-js is deeper than any data query needs. Its cost is bounded by the
 * schema, and graphql-java's good-faith introspection check already refuses repeated or nested introspection.
 */
@Component
class QueryLimits {

	private final CoopgraphProperties.Api limits;

	QueryLimits(CoopgraphProperties properties) {
		this.limits = properties.api();
	}

	/**
	 * The document, or an entry with the error naming the first limit that the operation to run exceeds. A document
	 * already refused, or whose operation cannot be told, is left to graphql-java to report.
	 */
	PreparsedDocumentEntry check(PreparsedDocumentEntry entry, String operationName) {
		if (entry.hasErrors()) {
			return entry;
		}
		Document document = entry.getDocument();
		OperationDefinition operation = operation(document, operationName);
		if (operation == null) {
			return entry;
		}
		Map<String, FragmentDefinition> fragments = new HashMap<>();
		document.getDefinitionsOfType(FragmentDefinition.class).forEach((f) -> fragments.put(f.getName(), f));
		Measure measure = new Measure(fragments);
		measure.visit(operation.getSelectionSet(), 0, new HashSet<>());
		String exceeded = exceeded(measure.depth, this.limits.maxDepth(), "depth", "coopgraph.api.max-depth");
		if (exceeded == null) {
			exceeded = exceeded(measure.fields, this.limits.maxFields(), "fields selected", "coopgraph.api.max-fields");
		}
		if (exceeded == null) {
			exceeded = exceeded(measure.aliases, this.limits.maxAliases(), "aliases", "coopgraph.api.max-aliases");
		}
		return (exceeded != null) ? new PreparsedDocumentEntry(new LimitExceeded(exceeded)) : entry;
	}

	/** The operation named, or the only one when none is named; null when there is no such single operation. */
	private static OperationDefinition operation(Document document, String operationName) {
		List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
		if (operationName == null || operationName.isEmpty()) {
			return (operations.size() == 1) ? operations.get(0) : null;
		}
		return operations.stream().filter((o) -> operationName.equals(o.getName())).findFirst().orElse(null);
	}

	private static String exceeded(int value, int max, String what, String setting) {
		return (value > max) ? "Query exceeds the limit of %d %s (it has %d; server setting %s)".formatted(max, what,
				value, setting) : null;
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
			SelectionFields.each(selectionSet, this.fragments, fragmentPath, (field) -> {
				if (INTROSPECTION.contains(field.getName())) {
					return;
				}
				this.fields++;
				this.aliases += (field.getAlias() != null) ? 1 : 0;
				this.depth = Math.max(this.depth, level + 1);
				visit(field.getSelectionSet(), level + 1, fragmentPath);
			});
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
