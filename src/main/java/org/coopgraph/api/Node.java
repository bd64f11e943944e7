package org.coopgraph.api;

import org.coopgraph.graph.EntityNode;
import org.coopgraph.graph.GraphNode;
import org.coopgraph.graph.TaskNode;

/** GraphQL {@code Node}: the schema type is resolved from the implementing record's class name. */
sealed interface Node permits Entity, Task {

	String id();

	String name();

	static Node of(GraphNode node) {
		return switch (node) {
			case EntityNode entity -> Entity.of(entity);
			case TaskNode task -> Task.of(task);
		};
	}

}
