package org.coopgraph.graph;

/** A read the database stopped or could not serve, for a reason a client should hear about. */
public class ReadFailedException extends RuntimeException {

	/** Why the read failed. */
	public enum Reason {

		/** The transaction outlived its timeout and the database stopped it. */
		TIMEOUT,

		/** The database is shutting down or not available. */
		UNAVAILABLE

	}

	private final Reason reason;

	public ReadFailedException(Reason reason, Throwable cause) {
		super("Read failed: " + reason, cause);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

}
