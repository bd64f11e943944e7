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

	private static final Set<RelationType> TASK_RELATIONS = Set.of(RelationType.RESPONSIBLE_FOR, RelationType.LEADS,
			RelationType.CO_RESPONSIBLE);

	static FactRows of(String document, DocumentExtraction extraction) {
		Map<String, Map<String, Object>> entities = new LinkedHashMap<>();
		for (ExtractedEntity entity : extraction.entities()) {
			entities.computeIfAbsent(entity.name(), (name) -> entityRow(name, entity.type(), entity.aliases()));
		}
		List<Map<String, Object>> tasks = new ArrayList<>();
		List<Map<String, Object>> responsibilities = new ArrayList<>();
		Set<String> taskKeys = new HashSet<>();
		Integer year = DueDate.documentYear(extraction.title(), document);
		for (ExtractedTask task : extraction.tasks()) {
			String key = document + "#" + task.id();
			if (!taskKeys.add(key)) {
				continue;
			}
			tasks.add(taskRow(key, task, year));
			addResponsibilities(responsibilities, entities, key, task);
		}
		List<Map<String, Object>> relations = new ArrayList<>();
		Set<List<Object>> seen = new HashSet<>();
		for (ExtractedRelation relation : extraction.relations()) {
			if (TASK_RELATIONS.contains(relation.type()) || !entities.containsKey(relation.from())
					|| !entities.containsKey(relation.to()) || relation.from().equals(relation.to())) {
				continue;
			}
			if (seen.add(factKey(relation))) {
				relations.add(relationRow(relation));
			}
		}
		// Entities in key order: concurrent writers then lock shared entities in the same order and do not deadlock.
		List<Map<String, Object>> entityRows = entities.values()
			.stream()
			.sorted(Comparator.comparing((Map<String, Object> row) -> (String) row.get("key")))
			.toList();
		return new FactRows(entityRows, relations, tasks, responsibilities);
	}

	private static List<Object> factKey(ExtractedRelation relation) {
		String from = relation.from();
		String to = relation.to();
		if (relation.type() == RelationType.PAIRS_WITH && from.compareTo(to) > 0) {
			String swap = from;
			from = to;
			to = swap;
		}
		return Arrays.asList(relation.type(), from, to, relation.amountCny());
	}

	private static void addResponsibilities(List<Map<String, Object>> rows, Map<String, Map<String, Object>> entities,
			String taskKey, ExtractedTask task) {
		Set<String> units = new LinkedHashSet<>(task.responsible());
		units.addAll(task.lead());
		units.addAll(task.coResponsible());
		for (String unit : units) {
			entities.computeIfAbsent(unit, (name) -> entityRow(name, EntityType.DEPARTMENT, List.of()));
			RelationType type = task.lead().contains(unit) ? RelationType.LEADS
					: task.coResponsible().contains(unit) ? RelationType.CO_RESPONSIBLE : RelationType.RESPONSIBLE_FOR;
			Map<String, Object> row = new HashMap<>(provenance(task.evidence(), "task-structure"));
			row.put("unit", unit);
			row.put("task", taskKey);
			row.put("type", type.name());
			rows.add(row);
		}
	}

	private static Map<String, Object> entityRow(String name, EntityType type, List<String> aliases) {
		Set<String> forms = new LinkedHashSet<>(aliases);
		forms.remove(name);
		Map<String, Object> row = new HashMap<>();
		row.put("key", name);
		row.put("name", name);
		row.put("label", type.label());
		row.put("type", type.name());
		row.put("aliases", List.copyOf(forms));
		return row;
	}

	private static Map<String, Object> taskRow(String key, ExtractedTask task, Integer year) {
		Map<String, Object> row = new HashMap<>(provenance(task.evidence(), "task-structure"));
		row.put("key", key);
		row.put("taskId", task.id());
		row.put("text", task.text());
		row.put("deadline", task.deadline() == null || task.deadline().isBlank() ? null : task.deadline());
		row.put("dueDate", DueDate.of(task.deadline(), year));
		return row;
	}

	private static Map<String, Object> relationRow(ExtractedRelation relation) {
		Map<String, Object> row = new HashMap<>(provenance(relation.evidence(), relation.rule()));
		row.put("type", relation.type().name());
		row.put("from", relation.from());
		row.put("to", relation.to());
		row.put("amountCny", relation.amountCny());
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
