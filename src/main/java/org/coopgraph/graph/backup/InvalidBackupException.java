package org.coopgraph.graph.backup;

/** A backup file that cannot be restored: not a backup, another format version, truncated or altered. */
public class InvalidBackupException extends RuntimeException {

	public InvalidBackupException(String message) {
		super(message);
	}

	public InvalidBackupException(String message, Throwable cause) {
		super(message, cause);
	}

}
