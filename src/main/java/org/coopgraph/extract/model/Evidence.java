package org.coopgraph.extract.model;

/**
 * Where a fact was read: the sentence that states it and its character offsets in the document text
 * ({@code start} inclusive, {@code end} exclusive, in UTF-16 code units of the normalised text).
 */
public record Evidence(String sentence, int start, int end) {

	public static final Evidence NONE = new Evidence("", -1, -1);

}
