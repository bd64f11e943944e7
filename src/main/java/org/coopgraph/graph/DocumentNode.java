package org.coopgraph.graph;

import java.util.List;

/**
 * A stored document's metadata, with how much of it was extracted: {@code extraction} is the name of an
 * {@link org.coopgraph.extract.model.ExtractionState}, {@code extractionProblems} one reason per section that failed.
 * {@code year} (and {@code date}, ISO-8601, when a full one was found) date it, null when nothing does;
 * {@code yearSource} names a {@link org.coopgraph.extract.model.DocumentDate.Source}, NONE then.
 */
public record DocumentNode(String name, String title, String sha256, String format, long chars, String ingestedAt,
		String extraction, List<String> extractionProblems, Integer year, String date, String yearSource) {

}
