package org.coopgraph.graph;

/**
 * The database cannot take writes any more: it stopped, the connection to it is gone, or its disk is full. A batch
 * that meets it stops instead of failing every document that follows; what was committed before stays.
 */
public class GraphUnavailableException extends RuntimeException {

	public GraphUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
