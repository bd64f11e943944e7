package org.coopgraph.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.ExecutionGraphQlRequest;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;
import org.springframework.stereotype.Component;

/**
 * Runs every operation of {@code graphql/warm-up.graphql} once through the GraphQL engine, so that the database has
 * planned their statements before users send them: a first call otherwise waits seconds for planning, longer than
 * the read timeout when many first calls arrive at once on a busy machine. A server does it in the background once it
 * is ready, after the startup ingest (so the plans fit the graph as ingested), unless {@code coopgraph.warm-up} is
 * false.
 */
@Component
public class QueryPlanWarmup {

	private static final Logger log = LoggerFactory.getLogger(QueryPlanWarmup.class);

	private static final String OPERATIONS = "graphql/warm-up.graphql";

	private final ExecutionGraphQlService graphql;

	private final String document;

	private final List<String> operationNames;

	private final boolean onReady;

	QueryPlanWarmup(ExecutionGraphQlService graphql, @Value("${coopgraph.warm-up:true}") boolean onReady) {
		this.graphql = graphql;
		this.onReady = onReady;
		try {
			this.document = new ClassPathResource(OPERATIONS).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + OPERATIONS, ex);
		}
		this.operationNames = Parser.parse(this.document)
			.getDefinitionsOfType(OperationDefinition.class)
			.stream()
			.map(OperationDefinition::getName)
			.toList();
	}

	@EventListener
	void onReady(ApplicationReadyEvent ready) {
		if (this.onReady && ready.getApplicationContext() instanceof WebServerApplicationContext) {
			// Users' queries are answered meanwhile; a daemon thread does not hold up a shutdown.
			Thread.ofPlatform().name("coopgraph-warm-up").daemon().start(this::runAndLog);
		}
	}

	private void runAndLog() {
		try {
			Report report = run();
			log.info("Warmed up {} common queries in {} ms", report.operations(), report.took().toMillis());
			report.unexpectedErrors().forEach((query, count) -> log.warn("Warm-up query {} failed", query));
		}
		catch (RuntimeException ex) {
			// The server is stopping, or the database went away: the queries will plan on first use instead.
			log.info("Query warm-up stopped: {}", ex.toString());
		}
	}

	/** Runs each operation in turn; what they answer is dropped, their errors are counted by code. */
	public Report run() {
		long started = System.nanoTime();
		Map<String, Integer> errors = new TreeMap<>();
		for (String operation : this.operationNames) {
			ExecutionGraphQlRequest request = new DefaultExecutionGraphQlRequest(this.document, operation, Map.of(),
					Map.of(), "warm-up-" + operation, null);
			for (ResponseError error : this.graphql.execute(request).block().getErrors()) {
				errors.merge(operation + " " + code(error), 1, Integer::sum);
			}
		}
		return new Report(this.operationNames.size(), Map.copyOf(errors),
				Duration.ofNanos(System.nanoTime() - started));
	}

	private static String code(ResponseError error) {
		Map<String, Object> extensions = error.getExtensions();
		Object code = (extensions != null) ? extensions.get("code") : null;
		return (code != null) ? code.toString() : String.valueOf(error.getErrorType());
	}

	/**
	 * What a warm-up did.
	 * @param operations how many operations ran
	 * @param errors error counts by operation and code; operations that name no existing entity answer
	 * {@code NOT_FOUND}, as intended
	 * @param took how long they took together
	 */
	public record Report(int operations, Map<String, Integer> errors, Duration took) {

		/** The errors other than the intended {@code NOT_FOUND}: a query of the file that no longer works. */
		public Map<String, Integer> unexpectedErrors() {
			Map<String, Integer> unexpected = new TreeMap<>(this.errors);
			unexpected.keySet().removeIf((key) -> key.endsWith(" NOT_FOUND"));
			return unexpected;
		}

	}

}
