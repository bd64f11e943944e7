package org.coopgraph.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

import org.springframework.stereotype.Component;

/**
 * Keeps the parsed and validated form of the queries clients send again and again (applications send the same
 * text with other variables), so that a repeated query skips parsing and validation, a sizeable part of a small
 * request's cost. Only valid queries of moderate length are kept, at most {@value #MAX_ENTRIES} of them, least
 * recently used first out: a client sending endless distinct queries cannot grow it. Queries sent by hash go to
 * {@link PersistedQueries} instead; {@link PreparsedDocuments} routes a request to one or the other.
 */
@Component
class ParsedQueryCache implements PreparsedDocumentProvider {

	private static final int MAX_ENTRIES = 500;

	private static final int MAX_QUERY_CHARS = 10_000;

	private final Map<String, PreparsedDocumentEntry> entries = new LinkedHashMap<>(64, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
			return size() > MAX_ENTRIES;
		}

	};

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		String query = input.getQuery();
		if (query.length() > MAX_QUERY_CHARS) {
			return CompletableFuture.completedFuture(parseAndValidate.apply(input));
		}
		PreparsedDocumentEntry cached;
		synchronized (this.entries) {
			cached = this.entries.get(query);
		}
		if (cached == null) {
			cached = parseAndValidate.apply(input);
			if (!cached.hasErrors()) {
				synchronized (this.entries) {
					this.entries.put(query, cached);
				}
			}
		}
		return CompletableFuture.completedFuture(cached);
	}

	/** How many queries are kept. */
	int size() {
		synchronized (this.entries) {
			return this.entries.size();
		}
	}

}
