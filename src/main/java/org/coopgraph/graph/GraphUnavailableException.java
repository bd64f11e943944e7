package org.coopgraph.graph;

/**
 * The database cannot serve reads or take writes: it stopped, the connection to it is gone, its disk is full, or
 * another process holds the embedded store. A batch that meets it stops instead of failing every document that
 * follows; what was committed before stays. {@link #needsRestart()} tells an outage that may pass from a database
 * that stopped for good after a write failed.
 */
public final class GraphUnavailableException extends GraphStoreException {

	private final boolean needsRestart;

	public GraphUnavailableException(String message, Throwable cause) {
		this(message, cause, false);
	}

	private GraphUnavailableException(String message, Throwable cause, boolean needsRestart) {
		super(message, cause);
		this.needsRestart = needsRestart;
	}

	/**
	 * The database could not write to its data folder: Neo4j then marks itself unhealthy and refuses every
	 * transaction, reads included, until the process that holds it restarts. Waiting does not help.
	 * @param detail what the operating system said, for example "No space left on device"
	 */
	static GraphUnavailableException afterFailedWrite(String detail, Throwable cause) {
		return new GraphUnavailableException("the database stopped after a write to the data folder failed (the disk "
				+ "is full, or it refused a write): " + detail + ". It takes nothing more until coopgraph restarts: "
				+ "free some space, then restart coopgraph; everything committed is kept", cause, true);
	}

	/** Whether only a restart of the process that holds the database brings it back (see {@link #afterFailedWrite}). */
	public boolean needsRestart() {
		return this.needsRestart;
	}

}
