package org.coopgraph.graph;

/**
 * The graph database failed a read or a write for a reason its caller should hear about; the subclass says which.
 * Every Neo4j failure of these kinds leaves the graph layer as one of them ({@link Neo4jFailures}), so that no caller
 * looks at the driver's or the kernel's exceptions, nor at their messages. A failure of any other kind (a bug, a
 * violated constraint) is not one: it belongs to the document or the request at hand.
 */
public abstract sealed class GraphStoreException extends RuntimeException
		permits GraphUnavailableException, GraphTimeoutException {

	GraphStoreException(String message, Throwable cause) {
		super(message, cause);
	}

}
