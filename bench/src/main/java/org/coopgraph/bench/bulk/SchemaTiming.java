package org.coopgraph.bench.bulk;

/** When {@link BulkLoader} builds the schema's constraints and indexes relative to the data. */
public enum SchemaTiming {

	/** The schema exists before any node is written: every write also maintains every index. */
	BEFORE,

	/**
	 * Nodes are written with no index at all, then the whole schema is built at once (the Bolt path needs the key
	 * constraints to find relationship endpoints), then relationships are written.
	 */
	AFTER_NODES,

	/**
	 * Nodes and relationships are written with no index at all, then the whole schema is built at once. Only for the
	 * in-process path, which finds relationship endpoints without an index.
	 */
	AFTER_DATA

}
