package org.coopgraph.graph;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Which fields of an entity or task node a statement reads, as a map projection of a variable. Each label reads
 * only its own properties: asking a node for a property it lacks walks its whole property chain to find nothing,
 * and an entity lacks every task property and the other way round.
 */
public enum NodeFields {

	/** Enough for a node's id and display name (a task's comes from its id and text). */
	BRIEF("""
			CASE WHEN %1$s:Task THEN %1$s {.key, .taskId, .text, task: true%2$s}
			ELSE %1$s {.key, .name, task: false%2$s} END"""),

	/** Every field the API shows of an entity or a task. */
	ALL("""
			CASE WHEN %1$s:Task THEN %1$s {.key, .taskId, .text, .deadline, .document, task: true%2$s}
			ELSE %1$s {.key, .name, .type, .aliases, .code, .level, .province, .candidates, task: false%2$s} END""");

	/** Every field of a node known to be a task. */
	static final String TASK = "%1$s {.key, .taskId, .text, .deadline, .document, task: true}";

	/** Every field of a node known to be an entity. */
	static final String ENTITY = "%1$s {.key, .name, .type, .aliases, .code, .level, .province, .candidates}";

	private final String projection;

	NodeFields(String projection) {
		this.projection = projection;
	}

	/** The projection of the node bound to {@code variable}, a constant of the calling statement. */
	String of(String variable) {
		return of(variable, "");
	}

	/**
	 * The projection of the node bound to {@code variable} with more map entries, such as {@code ", edgeType: type(r)"}:
	 * one map per row where a nested node map would make two. The entries are constants of the calling statement
	 * and must not reuse a node field's name.
	 */
	String of(String variable, String entries) {
		return this.projection.formatted(variable, entries);
	}

	/** One statement per choice of fields, built once. */
	static <T> Map<NodeFields, T> statements(Function<NodeFields, T> statement) {
		Map<NodeFields, T> statements = new EnumMap<>(NodeFields.class);
		for (NodeFields fields : values()) {
			statements.put(fields, statement.apply(fields));
		}
		return statements;
	}

}
