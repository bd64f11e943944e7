package org.coopgraph.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.coopgraph.extract.DueDate;
import org.coopgraph.extract.model.DocumentExtraction;
import org.coopgraph.extract.model.EntityType;
import org.coopgraph.extract.model.Evidence;
import org.coopgraph.extract.model.ExtractedEntity;
import org.coopgraph.extract.model.ExtractedRelation;
import org.coopgraph.extract.model.ExtractedTask;
import org.coopgraph.extract.model.RelationType;

/**
 * Turns one document's extraction into the parameter rows of {@link GraphWriter}'s {@code UNWIND} statements. Units
 * named responsible for a task but missing from the entity list become departments; relations whose endpoints are
 * not entities, and repeats of the same fact, are dropped. Each row holds the fields {@link FactKind} names, so the
 * rows can be compared with what the graph stores. Immutable once built.
 */
record FactRows(List<Map<String, Object>> entities, List<Map<String, Object>> relations,
		List<Map<String, Object>> tasks, List<Map<String, Object>> responsibilities) {

	/** No facts at all: what a removed document leaves behind. */
	static final FactRows NONE = new FactRows(List.of(), List.of(), List.of(), List.of());

	/** The rule of every task and responsibility: the document's task structure states them. */
	private static final String TASK_RULE = "task-structure";

	private static final Set<RelationType> TASK_RELATIONS = Set.of(RelationType.RESPONSIBLE_FOR, RelationType.LEADS,
			RelationType.CO_RESPONSIBLE);

	/**
	 * The rows of {@code extraction}. A place whose code is in {@code divisions} is keyed by its code, so that
	 * same-named places stay apart; any other entity by its canonical name. Relations name their ends by canonical
	 * name and are mapped to keys through the document's own entities. A fact is dated by the year its clauses
	 * state, else by its document's.
	 */
	static FactRows of(String document, DocumentExtraction extraction, DivisionTree divisions) {
		Map<String, Map<String, Object>> entities = new LinkedHashMap<>();
		Map<String, String> keyOfName = new HashMap<>();
		for (ExtractedEntity entity : extraction.entities()) {
			if (keyOfName.containsKey(entity.name())) {
				continue;
			}
			Map<String, Object> row = EntityRow.of(entity, divisions);
			String key = (String) row.get("key");
			keyOfName.put(entity.name(), key);
			Map<String, Object> same = entities.putIfAbsent(key, row);
			if (same != null) {
				// Two names of one division (无锡, 无锡市): one node, the second name an alias of it.
				EntityRow.addAliases(same, row);
			}
		}
		List<Map<String, Object>> tasks = new ArrayList<>();
		List<Map<String, Object>> responsibilities = new ArrayList<>();
		Set<String> taskKeys = new HashSet<>();
		Integer year = DueDate.documentYear(extraction.title(), document, extraction.dated());
		for (ExtractedTask task : extraction.tasks()) {
			String key = document + "#" + task.id();
			if (!taskKeys.add(key)) {
				continue;
			}
			tasks.add(taskRow(key, task, year));
			addResponsibilities(responsibilities, entities, keyOfName, key, task);
		}
		List<Map<String, Object>> relations = new ArrayList<>();
		Set<List<Object>> seen = new HashSet<>();
		Integer documentYear = extraction.dated().year();
		for (ExtractedRelation relation : extraction.relations()) {
			String from = keyOfName.get(relation.from());
			String to = keyOfName.get(relation.to());
			if (TASK_RELATIONS.contains(relation.type()) || from == null || to == null || from.equals(to)) {
				continue;
			}
			if (seen.add(factKey(relation.type(), from, to, relation.amountCny()))) {
				Integer factYear = (relation.year() != null) ? relation.year() : documentYear;
				relations.add(relationRow(relation, from, to, factYear));
			}
		}
		// Entities in key order: concurrent writers then lock shared entities in the same order and do not deadlock.
		List<Map<String, Object>> entityRows = entities.values()
			.stream()
			.sorted(Comparator.comparing((Map<String, Object> row) -> (String) row.get("key")))
			.toList();
		return new FactRows(entityRows, relations, tasks, responsibilities);
	}

	private static List<Object> factKey(RelationType type, String fromKey, String toKey, Long amountCny) {
		String from = fromKey;
		String to = toKey;
		if (type == RelationType.PAIRS_WITH && from.compareTo(to) > 0) {
			String swap = from;
			from = to;
			to = swap;
		}
		return Arrays.asList(type, from, to, amountCny);
	}

	private static void addResponsibilities(List<Map<String, Object>> rows, Map<String, Map<String, Object>> entities,
			Map<String, String> keyOfName, String taskKey, ExtractedTask task) {
		Set<String> units = new LinkedHashSet<>(task.responsible());
		units.addAll(task.lead());
		units.addAll(task.coResponsible());
		for (String unit : units) {
			String key = keyOfName.computeIfAbsent(unit, (name) -> {
				entities.putIfAbsent(name, EntityRow.of(new ExtractedEntity(name, EntityType.DEPARTMENT, List.of()), null));
				return name;
			});
			RelationType type = task.lead().contains(unit) ? RelationType.LEADS
					: task.coResponsible().contains(unit) ? RelationType.CO_RESPONSIBLE : RelationType.RESPONSIBLE_FOR;
			// The task holds the line as evidence: a responsibility names its document and rule only.
			Map<String, Object> row = new HashMap<>();
			row.put("rule", TASK_RULE);
			row.put("unit", key);
			row.put("task", taskKey);
			row.put("type", type.name());
			rows.add(row);
		}
	}

	private static Map<String, Object> taskRow(String key, ExtractedTask task, Integer year) {
		Map<String, Object> row = new HashMap<>(provenance(task.evidence(), TASK_RULE));
		row.put("key", key);
		row.put("taskId", task.id());
		row.put("text", task.text());
		row.put("deadline", task.deadline() == null || task.deadline().isBlank() ? null : task.deadline());
		row.put("dueDate", DueDate.of(task.deadline(), year));
		return row;
	}

	private static Map<String, Object> relationRow(ExtractedRelation relation, String from, String to, Integer year) {
		Map<String, Object> row = new HashMap<>(provenance(relation.evidence(), relation.rule()));
		row.put("type", relation.type().name());
		row.put("from", from);
		row.put("to", to);
		row.put("amountCny", relation.amountCny());
		row.put("year", year);
		return row;
	}

	private static Map<String, Object> provenance(Evidence evidence, String rule) {
		Evidence e = (evidence != null) ? evidence : Evidence.NONE;
		Map<String, Object> row = new HashMap<>();
		row.put("evidence", e.sentence());
		row.put("start", e.start());
		row.put("end", e.end());
		row.put("rule", rule);
		return row;
	}

}
