package org.coopgraph.bench.bulk;

import java.util.List;

/**
 * A whole graph to load at once, grouped the way {@link BulkLoader} writes it: nodes by label set, relationships by
 * type and endpoint kinds. Every relationship's endpoints must be among the nodes.
 */
public interface BulkGraph {

	List<NodeGroup> nodeGroups();

	List<RelationshipGroup> relationshipGroups();

	default long nodeCount() {
		return nodeGroups().stream().mapToLong(NodeGroup::size).sum();
	}

	default long relationshipCount() {
		return relationshipGroups().stream().mapToLong(RelationshipGroup::size).sum();
	}

}
