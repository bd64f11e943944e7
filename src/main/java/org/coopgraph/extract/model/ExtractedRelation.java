package org.coopgraph.extract.model;

/**
 * A relation between two entities named canonically. {@code amountCny} is in yuan and only set for
 * {@link RelationType#FUNDS} when the text states an amount. {@code rule} names the rule that produced it.
 * {@code year} is the year its clauses state as the time of the act ({@code StatedYear}), null when they state
 * none; the graph then dates the fact by its document.
 */
public record ExtractedRelation(RelationType type, String from, String to, Long amountCny, Evidence evidence,
		String rule, Integer year) {

	/** A relation whose sentence states no year. */
	public ExtractedRelation(RelationType type, String from, String to, Long amountCny, Evidence evidence,
			String rule) {
		this(type, from, to, amountCny, evidence, rule, null);
	}

}
