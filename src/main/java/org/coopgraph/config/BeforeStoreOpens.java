package org.coopgraph.config;

import java.nio.file.Path;

/**
 * Runs on the embedded database's home after the data folder is checked and before the database starts on it: the
 * one place where a store can be written offline, for example by the bench project's bulk import. A hook that writes
 * a store leaves {@link #INCOMPLETE_MARKER} in the home while it writes, so that a store it did not finish is refused.
 */
@FunctionalInterface
public interface BeforeStoreOpens {

	/** Left in the data folder while a store is written offline: the database must not start on such a folder. */
	String INCOMPLETE_MARKER = "offline-import.incomplete";

	/**
	 * @param home the Neo4j home, which exists, is writable and holds no half-written store
	 */
	void beforeStoreOpens(Path home);

}
