package org.coopgraph.api;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;

/**
 * Where a request's parsed and validated document comes from: by its hash ({@link PersistedQueries}) when the request
 * sends one, else the {@link ParsedQueryCache}; then the {@link QueryLimits} check the operation to run.
 */
@Component
class PreparsedDocuments implements GraphQlSourceBuilderCustomizer {

	private final PersistedQueries byHash;

	private final ParsedQueryCache byText;

	private final QueryLimits limits;

	PreparsedDocuments(PersistedQueries byHash, ParsedQueryCache byText, QueryLimits limits) {
		this.byHash = byHash;
		this.byText = byText;
		this.limits = limits;
	}

	@Override
	public void customize(GraphQlSource.SchemaResourceBuilder builder) {
		builder.configureGraphQl((graphQl) -> graphQl.preparsedDocumentProvider(this::document));
	}

	private CompletableFuture<PreparsedDocumentEntry> document(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		CompletableFuture<PreparsedDocumentEntry> entry = input.getExtensions().containsKey("persistedQuery")
				? this.byHash.document(input, parseAndValidate) : this.byText.getDocumentAsync(input, parseAndValidate);
		return entry.thenApply((document) -> this.limits.check(document, input.getOperationName()));
	}

}
