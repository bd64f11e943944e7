package org.coopgraph.api;

import org.coopgraph.graph.EntityNode;
import org.coopgraph.graph.EntityQueries;

import org.springframework.stereotype.Component;

/** Resolves an entity named by a client (canonical name or any alias) for the queries that take names. */
@Component
class EntityResolver {

	private final EntityQueries entities;

	EntityResolver(EntityQueries entities) {
		this.entities = entities;
	}

	/** The entity's key, or null when {@code name} is null. */
	String keyOf(String name, String argument) {
		if (name == null) {
			return null;
		}
		EntityNode found = find(name);
		if (found == null) {
			throw new ApiException(ApiException.Kind.NOT_FOUND,
					"Argument '%s': no entity is named or aliased '%s'".formatted(argument, name));
		}
		return found.key();
	}

	EntityNode find(String name) {
		if (name.isBlank()) {
			return null;
		}
		return this.entities.findByNameOrAlias(name.strip());
	}

}
