package org.coopgraph.graph;

import java.util.List;

/** One page of search results and how many entities match in all. */
public record SearchPage(List<EntityNode> entities, int total) {

}
