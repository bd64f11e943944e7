package org.coopgraph.graph;

/** An entity with the subgraph around it, read together. */
public record EntityWithSubgraph(EntityNode entity, Subgraph subgraph) {
}
