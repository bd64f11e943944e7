package org.coopgraph.graph;

import java.util.List;

/** An entity as stored: key (its canonical name), name, type (an EntityType name) and aliases. */
public record EntityNode(String key, String name, String type, List<String> aliases) implements GraphNode {

}
