package org.coopgraph.graph;

import java.io.IOException;
import java.util.function.Supplier;

import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.graphdb.DatabaseShutdownException;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.io.locker.FileLockException;
import org.neo4j.kernel.api.exceptions.Status;

/**
 * The one place where the driver's and the embedded kernel's exceptions become {@link GraphStoreException}s:
 * outages, a full disk (any I/O failure inside the kernel), a store held by another process and timeouts, recognised
 * by type and status code, never by message. Anything else (a bug, a violated constraint) passes unchanged.
 */
public final class Neo4jFailures {

	private Neo4jFailures() {
	}

	/** Runs {@code work} against the database, translating its failures. */
	public static <T> T translating(Supplier<T> work) {
		try {
			return work.get();
		}
		catch (RuntimeException ex) {
			throw translate(ex);
		}
	}

	/** {@code ex} as a {@link GraphStoreException} when it is one of the kinds above; else {@code ex} itself. */
	public static RuntimeException translate(RuntimeException ex) {
		if (ex instanceof GraphStoreException) {
			return ex;
		}
		boolean insideNeo4j = false;
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof FileLockException) {
				return new GraphUnavailableException(
						"The database is in use by another process (is `coopgraph serve` running on the same data "
								+ "folder?). Stop it first, or use the ingestDocument mutation. Details: "
								+ cause.getMessage(),
						ex);
			}
			if (insideNeo4j && cause instanceof IOException) {
				// The kernel's I/O failing under a transaction: the disk is full or gone. Neo4j refuses every
				// transaction until it restarts, and each refusal carries this same cause.
				return GraphUnavailableException.afterFailedWrite(rootMessage(ex), ex);
			}
			if (cause instanceof ServiceUnavailableException || cause instanceof SessionExpiredException
					|| cause instanceof DatabaseShutdownException) {
				return unavailable(ex);
			}
			insideNeo4j |= statusCode(cause) != null;
		}
		String code = statusCodeOf(ex);
		if (code.contains("TransactionTimedOut") || code.contains("Terminated")) {
			return new GraphTimeoutException("The database stopped a transaction that outlived its timeout", ex);
		}
		if (code.contains("DatabaseUnavailable") || code.contains("DatabaseShutdown")) {
			return unavailable(ex);
		}
		return ex;
	}

	private static GraphUnavailableException unavailable(RuntimeException ex) {
		return new GraphUnavailableException("the database became unavailable: " + rootMessage(ex), ex);
	}

	/** The first Neo4j status code in {@code ex}'s causes; empty if none. */
	private static String statusCodeOf(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			String code = statusCode(t);
			if (code != null && !code.isEmpty()) {
				return code;
			}
		}
		return "";
	}

	/** The Neo4j status code of the driver's or the kernel's exception {@code t}; null when it is neither. */
	private static String statusCode(Throwable t) {
		if (t instanceof Neo4jException driver) {
			return (driver.code() != null) ? driver.code() : "";
		}
		if (t instanceof QueryExecutionException query) {
			return query.getStatusCode();
		}
		if (t instanceof Status.HasStatus status) {
			return status.status().code().serialize();
		}
		return null;
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return (root.getMessage() != null) ? root.getMessage() : root.getClass().getSimpleName();
	}

}
