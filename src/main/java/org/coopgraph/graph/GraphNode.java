package org.coopgraph.graph;

/** A node that a fact can point at: an {@link EntityNode} or a {@link TaskNode}. */
public sealed interface GraphNode permits EntityNode, TaskNode {

	String key();

}
