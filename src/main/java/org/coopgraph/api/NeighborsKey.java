package org.coopgraph.api;

import java.util.List;

import org.coopgraph.graph.EntityNode;
import org.coopgraph.graph.NodeFields;

/** Data loader key for {@code Entity.neighbors}: the entity plus the field's arguments. */
record NeighborsKey(EntityNode root, int depth, List<String> types, int maxNodes, boolean edgeDetails,
		NodeFields fields) {

	NeighborsKey {
		types = List.copyOf(types);
	}

	Arguments arguments() {
		return new Arguments(this.depth, this.types, this.maxNodes, this.edgeDetails, this.fields);
	}

	record Arguments(int depth, List<String> types, int maxNodes, boolean edgeDetails, NodeFields fields) {

		/** The key of these arguments for {@code root}. */
		NeighborsKey of(EntityNode root) {
			return new NeighborsKey(root, this.depth, this.types, this.maxNodes, this.edgeDetails, this.fields);
		}

	}

}
