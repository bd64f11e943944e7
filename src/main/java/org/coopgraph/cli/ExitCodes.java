package org.coopgraph.cli;

/** Process exit codes of the command line. */
final class ExitCodes {

	static final int OK = 0;

	static final int SOFTWARE = 1;

	static final int USAGE = 2;

	/** Some documents could not be ingested, or only partly extracted; the others were. */
	static final int PARTIAL = 3;

	/** The database could not be reached or opened. */
	static final int STORE_UNAVAILABLE = 4;

	/** The server refused the API token. */
	static final int UNAUTHORIZED = 5;

	private ExitCodes() {
	}

}
