package org.coopgraph.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The four kinds of fact a document contributes, each with the row fields that identify one fact within the
 * document, the fields that describe it, and which of the identifying fields name the ends of its relationship
 * rather than being stored on it. Two rows with the same identity are the same fact; if their described fields
 * differ, the fact was updated. Immutable.
 */
enum FactKind {

	/**
	 * A {@code (:Document)-[:MENTIONS {aliases, candidates}]->(:Entity)} relationship: the names the document wrote
	 * and, for a place it left ambiguous, the codes it may be (stored only when there are some, read as empty).
	 */
	MENTION(List.of("key"), List.of("aliases", "candidates"), List.of("key")),

	/** A {@code (:Task)} node contained in the document. */
	TASK(List.of("key"), List.of("taskId", "text", "deadline", "dueDate", "evidence", "start", "end"), List.of()),

	/**
	 * A {@code RESPONSIBLE_FOR}, {@code LEADS} or {@code CO_RESPONSIBLE} relationship from a unit to a task. Its
	 * evidence and offsets are the task's, stored once on the task.
	 */
	RESPONSIBILITY(List.of("type", "unit", "task"), List.of("rule"), List.of("type", "unit", "task")),

	/** A fact relationship between two entities; the amount is part of its identity, its year describes it. */
	RELATION(List.of("type", "from", "to", "amountCny"), List.of("evidence", "start", "end", "rule", "year"),
			List.of("type", "from", "to"));

	private final List<String> identity;

	private final List<String> described;

	private final List<String> ends;

	FactKind(List<String> identity, List<String> described, List<String> ends) {
		this.identity = identity;
		this.described = described;
		this.ends = ends;
	}

	List<Object> identityOf(Map<String, Object> row) {
		return values(row, this.identity);
	}

	List<Object> descriptionOf(Map<String, Object> row) {
		return values(row, this.described);
	}

	List<String> storedFields() {
		List<String> fields = new ArrayList<>(this.identity);
		fields.addAll(this.described);
		return fields;
	}

	/** The fields stored as properties of the fact's node or relationship: all but those naming its ends. */
	List<String> properties() {
		List<String> fields = storedFields();
		fields.removeAll(this.ends);
		return fields;
	}

	private static List<Object> values(Map<String, Object> row, List<String> fields) {
		List<Object> values = new ArrayList<>(fields.size());
		for (String field : fields) {
			values.add(comparable(row.get(field)));
		}
		return values;
	}

	// The driver returns every integer as Long while the rows hold Integer offsets: compare numbers by value.
	private static Object comparable(Object value) {
		if (value instanceof Number number) {
			return number.longValue();
		}
		if (value instanceof List<?> list) {
			return list.stream().map(FactKind::comparable).toList();
		}
		return value;
	}

}
