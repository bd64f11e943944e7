package org.coopgraph.bench.bulk;

/**
 * Writes the groups of one {@link BulkGraph} into an empty database, in the order {@link BulkLoader} gives: every node
 * group, then every relationship group. One instance per load; not thread-safe.
 */
interface BulkWriter {

	/**
	 * Whether relationship endpoints are found through the schema's key constraints, which must then exist before
	 * the first relationship group.
	 */
	boolean findsEndpointsByIndex();

	/** Creates the group's nodes; returns the transactions committed. */
	int writeNodes(NodeGroup group);

	/** Creates the group's relationships between nodes already written; returns the transactions committed. */
	int writeRelationships(RelationshipGroup group);

}
