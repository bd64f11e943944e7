package org.coopgraph.api;

import java.util.List;

import org.coopgraph.graph.EntityNode;

/** GraphQL {@code Entity}. */
record Entity(String id, String name, String type, List<String> aliases) implements Node {

	static Entity of(EntityNode node) {
		return new Entity(node.key(), node.name(), node.type(), node.aliases());
	}

	EntityNode node() {
		return new EntityNode(this.id, this.name, this.type, this.aliases);
	}

}
