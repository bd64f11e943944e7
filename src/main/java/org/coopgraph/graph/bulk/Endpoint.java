package org.coopgraph.graph.bulk;

/** The kind of node at one end of a bulk-loaded relationship; each is found by its own {@code key} index. */
public enum Endpoint {

	ENTITY, TASK, DOCUMENT

}
