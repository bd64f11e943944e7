package org.coopgraph.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.execution.preparsed.persisted.ApolloPersistedQuerySupport;
import graphql.execution.preparsed.persisted.PersistedQueryCache;
import graphql.execution.preparsed.persisted.PersistedQueryCacheMiss;
import graphql.execution.preparsed.persisted.PersistedQueryNotFound;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import graphql.language.Document;

import org.springframework.stereotype.Component;

/**
 * Automatic persisted queries as Apollo Client and urql speak them: a request may carry only
 * {@code extensions.persistedQuery.sha256Hash}; an unknown hash answers with the error {@code PersistedQueryNotFound},
 * and the client sends the query again with its hash, which is checked and kept. graphql-java's
 * {@link ApolloPersistedQuerySupport} does the protocol; this class keeps the parsed and validated documents, at most
 * {@value #MAX_ENTRIES}, least recently used first out, so a client sending endless distinct queries cannot grow it.
 * Requests without a hash go to the {@link ParsedQueryCache} ({@link PreparsedDocuments} routes them). Thread-safe.
 */
@Component
class PersistedQueries implements PersistedQueryCache {

	static final int MAX_ENTRIES = 1000;

	private final Map<Object, PreparsedDocumentEntry> entries = new LinkedHashMap<>(64, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<Object, PreparsedDocumentEntry> eldest) {
			return size() > MAX_ENTRIES;
		}

	};

	private final PreparsedDocumentProvider byHash = new ApolloPersistedQuerySupport(this);

	/** The document of a request that sends {@code extensions.persistedQuery}. */
	CompletableFuture<PreparsedDocumentEntry> document(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		return this.byHash.getDocumentAsync(input, parseAndValidate);
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getPersistedQueryDocumentAsync(Object hash,
			ExecutionInput input, PersistedQueryCacheMiss onCacheMiss) {
		PreparsedDocumentEntry cached;
		synchronized (this.entries) {
			cached = this.entries.get(hash);
		}
		if (cached == null) {
			String query = input.getQuery();
			if (PersistedQuerySupport.PERSISTED_QUERY_MARKER.equals(query)) {
				// The request sent the hash alone: the client is to send it again with the query.
				throw new PersistedQueryNotFound(hash);
			}
			// Refuses a hash that is not the query's (PersistedQueryIdInvalid), else parses and validates.
			cached = onCacheMiss.apply(query);
			if (!cached.hasErrors()) {
				synchronized (this.entries) {
					this.entries.put(hash, cached);
				}
			}
		}
		return CompletableFuture.completedFuture(cached);
	}

	/** The document kept for {@code hash}, if any. */
	Optional<Document> find(String hash) {
		synchronized (this.entries) {
			return Optional.ofNullable(this.entries.get(hash)).map(PreparsedDocumentEntry::getDocument);
		}
	}

	/** How many documents are kept. */
	int size() {
		synchronized (this.entries) {
			return this.entries.size();
		}
	}

}
