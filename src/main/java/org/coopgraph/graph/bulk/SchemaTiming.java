package org.coopgraph.graph.bulk;

/** When {@link BulkLoader} builds the schema's constraints and indexes relative to the data. */
public enum SchemaTiming {

	/** The schema exists before any node is written: every write also maintains every index. */
	BEFORE,

	/**
	 * Nodes are written with no index at all, then the whole schema is built at once (the key constraints are
	 * needed to find relationship endpoints), then relationships are written.
	 */
	AFTER_NODES

}
