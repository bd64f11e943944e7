package org.coopgraph.graph;

/**
 * The database cannot serve reads or take writes: it stopped, the connection to it is gone, its disk is full, or
 * another process holds the embedded store. A batch that meets it stops instead of failing every document that
 * follows; what was committed before stays.
 */
public final class GraphUnavailableException extends GraphStoreException {

	public GraphUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
