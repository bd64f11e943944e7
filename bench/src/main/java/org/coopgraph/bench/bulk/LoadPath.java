package org.coopgraph.bench.bulk;

/** How a whole graph goes into the database. */
public enum LoadPath {

	/**
	 * {@link OfflineImport}: Neo4j's batch importer writes the store of a new embedded database before it starts.
	 * Several times faster, but only into a data folder with no database yet.
	 */
	OFFLINE,

	/** {@link BulkLoader}: batched transactions into a running, empty database, embedded or external. */
	TRANSACTIONAL

}
