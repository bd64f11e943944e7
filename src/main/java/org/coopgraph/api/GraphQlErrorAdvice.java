package org.coopgraph.api;

import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.coopgraph.graph.GraphTimeoutException;
import org.coopgraph.graph.GraphUnavailableException;
import org.coopgraph.graph.UnknownEntityException;
import org.coopgraph.graph.UnknownProvinceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * Maps every failure of a data fetcher to a GraphQL error with a clear message and an {@code extensions.code}:
 * BAD_ARGUMENT, NOT_FOUND, LIMIT_EXCEEDED, UNAUTHORIZED, TIMEOUT, DATABASE_UNAVAILABLE (an outage that may pass),
 * DATABASE_NEEDS_RESTART (the database stopped after a failed write), or INTERNAL_ERROR with a generic message. No
 * stack trace or driver message reaches the client.
 */
@ControllerAdvice
class GraphQlErrorAdvice {

	private static final Logger log = LoggerFactory.getLogger(GraphQlErrorAdvice.class);

	@GraphQlExceptionHandler
	GraphQLError handle(ApiException ex, DataFetchingEnvironment env) {
		ErrorType type = switch (ex.kind()) {
			case BAD_ARGUMENT, LIMIT_EXCEEDED -> ErrorType.BAD_REQUEST;
			case NOT_FOUND -> ErrorType.NOT_FOUND;
			case UNAUTHORIZED -> ErrorType.UNAUTHORIZED;
		};
		return error(env, type, ex.kind().name(), ex.getMessage());
	}

	@GraphQlExceptionHandler
	GraphQLError handle(UnknownEntityException ex, DataFetchingEnvironment env) {
		return error(env, ErrorType.NOT_FOUND, ApiException.Kind.NOT_FOUND.name(), ex.getMessage());
	}

	@GraphQlExceptionHandler
	GraphQLError handle(UnknownProvinceException ex, DataFetchingEnvironment env) {
		return error(env, ErrorType.BAD_REQUEST, ApiException.Kind.BAD_ARGUMENT.name(), ex.getMessage());
	}

	@GraphQlExceptionHandler
	GraphQLError handle(GraphTimeoutException ex, DataFetchingEnvironment env) {
		return timeout(env);
	}

	@GraphQlExceptionHandler
	GraphQLError handle(GraphUnavailableException ex, DataFetchingEnvironment env) {
		return ex.needsRestart() ? needsRestart(env) : unavailable(env);
	}

	@GraphQlExceptionHandler
	GraphQLError handle(RuntimeException ex, DataFetchingEnvironment env) {
		return internal(ex, env);
	}

	private static GraphQLError timeout(DataFetchingEnvironment env) {
		return error(env, ErrorType.INTERNAL_ERROR, "TIMEOUT",
				"The query took longer than the configured timeout (coopgraph.api.timeout-seconds) and was stopped");
	}

	private static GraphQLError unavailable(DataFetchingEnvironment env) {
		return error(env, ErrorType.INTERNAL_ERROR, "DATABASE_UNAVAILABLE",
				"The graph database is unavailable; try again shortly");
	}

	private static GraphQLError needsRestart(DataFetchingEnvironment env) {
		return error(env, ErrorType.INTERNAL_ERROR, "DATABASE_NEEDS_RESTART",
				"The graph database stopped after a write to its data folder failed (the disk is full, or it refused a "
						+ "write) and answers nothing until coopgraph restarts: free some space, then restart "
						+ "coopgraph. Everything committed is kept");
	}

	private static GraphQLError internal(Exception ex, DataFetchingEnvironment env) {
		log.warn("Unexpected failure in {}", env.getExecutionStepInfo().getPath(), ex);
		return error(env, ErrorType.INTERNAL_ERROR, "INTERNAL_ERROR", "Internal error");
	}

	private static GraphQLError error(DataFetchingEnvironment env, ErrorType type, String code, String message) {
		return GraphqlErrorBuilder.newError(env)
			.errorType(type)
			.message(message)
			.extensions(Map.of("code", code))
			.build();
	}

}
