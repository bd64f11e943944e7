package org.coopgraph.extract;

import org.coopgraph.extract.document.DocumentExtractor;

/** One extractor for all tests: building it loads HanLP and the gazetteer, which takes about a second. */
public final class SharedExtractor {

	public static final DocumentExtractor INSTANCE = new DocumentExtractor();

	private SharedExtractor() {
	}

}
