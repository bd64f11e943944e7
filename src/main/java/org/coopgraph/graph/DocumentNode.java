package org.coopgraph.graph;

/** A stored document's metadata. */
public record DocumentNode(String name, String title, String sha256, String format, long chars, String ingestedAt) {

}
