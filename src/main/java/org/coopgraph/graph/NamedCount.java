package org.coopgraph.graph;

/** A label or relationship type and how many there are. */
public record NamedCount(String name, long count) {

}
