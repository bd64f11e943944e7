package org.coopgraph.extract.model;

/**
 * A relation between two entities named canonically. {@code amountCny} is in yuan and only set for
 * {@link RelationType#FUNDS} when the text states an amount. {@code rule} names the rule that produced it.
 */
public record ExtractedRelation(RelationType type, String from, String to, Long amountCny, Evidence evidence,
		String rule) {

}
