package org.coopgraph.graph;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import org.coopgraph.extract.model.RelationType;

/**
 * The fact relationship types, derived from {@link RelationType}: as names, and as the relationship-type
 * alternatives of a Cypher pattern ({@code PAIRS_WITH|FUNDS|...}). A fixed type list lets the planner expand only
 * those types, where a type given as a parameter is checked on every relationship of the node, mentions included.
 * Only these constants are filled into statements, never user input.
 */
public final class FactTypes {

	/** Every fact type's name. */
	public static final List<String> NAMES = names((type) -> true);

	/** Every fact type, for a pattern. */
	public static final String ALL = String.join("|", NAMES);

	/** The types of facts between two entities, for a pattern. */
	public static final String BETWEEN_ENTITIES = String.join("|", names((type) -> !type.toTask()));

	/** The names of the types of facts from a unit to a task. */
	public static final List<String> TO_TASK_NAMES = names(RelationType::toTask);

	/** The types of facts from a unit to a task, for a pattern. */
	public static final String TO_TASKS = String.join("|", TO_TASK_NAMES);

	/** The type of the lead unit's fact. */
	public static final String LEADS = RelationType.LEADS.name();

	/** The type of a co-responsible unit's fact. */
	public static final String CO_RESPONSIBLE = RelationType.CO_RESPONSIBLE.name();

	private FactTypes() {
	}

	private static List<String> names(Predicate<RelationType> which) {
		return Arrays.stream(RelationType.values()).filter(which).map(RelationType::name).toList();
	}

}
