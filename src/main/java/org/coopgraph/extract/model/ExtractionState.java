package org.coopgraph.extract.model;

/**
 * How much of a document the extractor could read. A document is read section by section; a section whose rules
 * throw is skipped, and the document says so instead of losing its facts silently.
 */
public enum ExtractionState {

	/** Every section was read. */
	COMPLETE,
	/** Some sections failed: the facts of the others are there, those of the failed ones are missing. */
	PARTIAL,
	/** No section could be read: the extraction holds no facts. */
	FAILED;

	/** The state of a document of {@code sections} sections, {@code failed} of which failed. */
	public static ExtractionState of(int sections, int failed) {
		if (failed == 0) {
			return COMPLETE;
		}
		return (failed < sections) ? PARTIAL : FAILED;
	}

}
