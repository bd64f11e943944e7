package org.coopgraph.graph;

/**
 * What the graph records about a document itself: its name (identity), title, content hash, format and size.
 */
public record DocumentSource(String name, String title, String sha256, String format, long chars) {

}
