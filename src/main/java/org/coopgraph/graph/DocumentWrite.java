package org.coopgraph.graph;

import org.coopgraph.extract.model.DocumentExtraction;

/** One document to store: what the graph records about it and the facts extracted from it. */
public record DocumentWrite(DocumentSource source, DocumentExtraction extraction) {

}
