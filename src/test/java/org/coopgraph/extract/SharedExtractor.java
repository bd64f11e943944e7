package org.coopgraph.extract;

/** One extractor for all tests: building it loads HanLP and the gazetteer, which takes about a second. */
final class SharedExtractor {

	static final DocumentExtractor INSTANCE = new DocumentExtractor();

	private SharedExtractor() {
	}

}
