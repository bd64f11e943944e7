package org.coopgraph.extract;

/** The parts of an {@link Extraction} that stages fill in, in the order a pipeline may provide them. */
public enum Slot {

	/** Normalised text split into lines, boilerplate marked. */
	TEXT,
	/** Tasks read from the document structure (work plans, task tables, activity tables). */
	STRUCTURE,
	/** Administrative divisions mentioned in the text. */
	PLACES,
	/** Title, issuer and home place of the document. */
	CONTEXT,
	/** Mentions of named entities other than places. */
	MENTIONS,
	/** Canonical entities and final tasks. */
	ENTITIES,
	/** Relations between entities. */
	RELATIONS

}
