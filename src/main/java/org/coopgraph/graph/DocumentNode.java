package org.coopgraph.graph;

import java.util.List;

/**
 * A stored document's metadata, with how much of it was extracted: {@code extraction} is the name of an
 * {@link org.coopgraph.extract.model.ExtractionState}, {@code extractionProblems} one reason per section that failed.
 */
public record DocumentNode(String name, String title, String sha256, String format, long chars, String ingestedAt,
		String extraction, List<String> extractionProblems) {

}
