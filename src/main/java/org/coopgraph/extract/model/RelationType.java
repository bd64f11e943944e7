package org.coopgraph.extract.model;

/**
 * Relationship types between entities (and from departments to tasks). {@link #PAIRS_WITH} is symmetric.
 */
public enum RelationType {

	PAIRS_WITH, RESPONSIBLE_FOR, LEADS, CO_RESPONSIBLE, FUNDS, LOCATED_IN, CO_BUILDS

}
