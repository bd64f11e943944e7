package org.coopgraph.extract.model;

/**
 * Relationship types between entities, and from departments to tasks: the one list of them, from which the graph's
 * statements and the API derive theirs. {@link #PAIRS_WITH} is symmetric.
 */
public enum RelationType {

	PAIRS_WITH(false), RESPONSIBLE_FOR(true), LEADS(true), CO_RESPONSIBLE(true), FUNDS(false), LOCATED_IN(false),
	CO_BUILDS(false);

	private final boolean toTask;

	RelationType(boolean toTask) {
		this.toTask = toTask;
	}

	/** Whether the relationship goes from a unit to a task, rather than between two entities. */
	public boolean toTask() {
		return this.toTask;
	}

}
