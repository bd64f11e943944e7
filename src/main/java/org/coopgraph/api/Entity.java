package org.coopgraph.api;

import java.util.List;

import org.coopgraph.graph.EntityNode;

/**
 * GraphQL {@code Entity}. {@code provinceCode} is not a field of its own: {@code province} is batch-loaded from it.
 */
record Entity(String id, String name, String type, List<String> aliases, String code, String level,
		String provinceCode, List<String> candidates) implements Node {

	static Entity of(EntityNode node) {
		return new Entity(node.key(), node.name(), node.type(), node.aliases(), node.code(), node.level(),
				node.province(), node.candidates());
	}

	EntityNode node() {
		return new EntityNode(this.id, this.name, this.type, this.aliases, this.code, this.level, this.provinceCode,
				this.candidates);
	}

}
