package org.coopgraph.api;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.language.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ParsedQueryCacheTests {

	private final ParsedQueryCache cache = new ParsedQueryCache();

	private final AtomicInteger parses = new AtomicInteger();

	private final Function<ExecutionInput, PreparsedDocumentEntry> valid = (input) -> {
		this.parses.incrementAndGet();
		return new PreparsedDocumentEntry(Document.newDocument().build());
	};

	@Test
	void aRepeatedQueryIsParsedOnce() {
		for (int i = 0; i < 5; i++) {
			this.cache.getDocumentAsync(input("{ stats { labels { name } } }"), this.valid).join();
		}
		assertThat(this.parses).hasValue(1);
	}

	@Test
	void invalidQueriesAreParsedEveryTime() {
		Function<ExecutionInput, PreparsedDocumentEntry> invalid = (input) -> {
			this.parses.incrementAndGet();
			return new PreparsedDocumentEntry(GraphqlErrorBuilder.newError().message("bad").build());
		};
		this.cache.getDocumentAsync(input("{ nope }"), invalid).join();
		this.cache.getDocumentAsync(input("{ nope }"), invalid).join();
		assertThat(this.parses).hasValue(2);
		assertThat(this.cache.size()).isZero();
	}

	@Test
	void longQueriesAreNotKept() {
		this.cache.getDocumentAsync(input("{ stats { labels { name } } }" + " ".repeat(20_000)), this.valid).join();
		assertThat(this.cache.size()).isZero();
	}

	@Test
	void endlessDistinctQueriesCannotGrowIt() {
		for (int i = 0; i < 2_000; i++) {
			this.cache.getDocumentAsync(input("{ a" + i + ": stats { labels { name } } }"), this.valid).join();
		}
		assertThat(this.cache.size()).isEqualTo(500);
	}

	private static ExecutionInput input(String query) {
		return ExecutionInput.newExecutionInput(query).build();
	}

}
