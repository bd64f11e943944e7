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

	/** The command refused to touch data: a restore into a folder that holds data or that a process uses. */
	static final int REFUSED = 6;

	/** A backup file that cannot be restored: another format, truncated or altered. */
	static final int INVALID_BACKUP = 7;

	private ExitCodes() {
	}

}
