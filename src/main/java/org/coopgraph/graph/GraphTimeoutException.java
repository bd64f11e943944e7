package org.coopgraph.graph;

/**
 * The database stopped a transaction that outlived its timeout. Only the read or the document at hand failed; the
 * database still serves others.
 */
public final class GraphTimeoutException extends GraphStoreException {

	public GraphTimeoutException(String message, Throwable cause) {
		super(message, cause);
	}

}
