package org.coopgraph.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.types.MapAccessor;

import org.springframework.stereotype.Component;

/**
 * Reads tasks and the units responsible for them. Methods that serve nested GraphQL fields take many parent keys and
 * answer with one query. Thread-safe.
 */
@Component
public class TaskQueries {

	// Filters, order and page of the tasks bound to t, inside the subquery that finds them.
	private static final String PAGE_OF_TASKS = """
			  WITH DISTINCT t
			  WHERE ($text IS NULL OR t.text CONTAINS $text)
			    AND ($deadlineBefore IS NULL OR t.dueDate < date($deadlineBefore))
			  RETURN t ORDER BY t.document, t.key SKIP $offset LIMIT $first
			}
			CALL (t) {
			  OPTIONAL MATCH (t)<-[r:RESPONSIBLE_FOR|LEADS|CO_RESPONSIBLE]-(u:Entity)
			  WHERE $unitTypes IS NOT NULL AND type(r) IN $unitTypes
			  WITH DISTINCT u ORDER BY u.name
			  RETURN collect(%s) AS units
			}
			""".formatted(NodeFields.ENTITY.formatted("u"));

	private static final String TASK_COLUMNS = NodeFields.TASK.formatted("t")
			+ " AS t, units ORDER BY t.document, t.key";

	// One statement with a unit and one without, rather than a UNION guarded by "$unit IS NULL": the planner
	// applies such a guard after scanning every task, not before. OPTIONAL CALL: a row even when no task matches,
	// which tells whether the unit's name was found.
	private static final String TASKS_OF_UNIT = NameResolution.subquery("unit", "unit") + """
			OPTIONAL CALL (unit) {
			  MATCH (unit)-[r:RESPONSIBLE_FOR|LEADS|CO_RESPONSIBLE]->(t:Task)
			  WHERE ($document IS NULL OR t.document = $document) AND ($leadOnly = false OR r:LEADS)
			""" + PAGE_OF_TASKS + "RETURN unit IS NOT NULL AS unitFound, " + TASK_COLUMNS;

	private static final String ALL_TASKS = """
			CALL () {
			  MATCH (t:Task) WHERE ($document IS NULL OR t.document = $document)
			""" + PAGE_OF_TASKS + "RETURN " + TASK_COLUMNS;

	private static final String BY_KEYS = "MATCH (t:Task) WHERE t.key IN $keys RETURN "
			+ NodeFields.TASK.formatted("t") + " AS t";

	private static final String TASKS_OF = """
			UNWIND $keys AS key
			MATCH (:Entity {key: key})-[:RESPONSIBLE_FOR|LEADS|CO_RESPONSIBLE]->(t:Task)
			WITH DISTINCT key, t
			RETURN key, """ + NodeFields.TASK.formatted("t") + " AS t ORDER BY key, t.document, t.key";

	private static final String UNITS_OF = """
			UNWIND $keys AS key
			MATCH (t:Task {key: key})<-[r:RESPONSIBLE_FOR|LEADS|CO_RESPONSIBLE]-(e:Entity)
			WHERE type(r) IN $types
			WITH DISTINCT key, e
			RETURN key, %s AS e ORDER BY key, e.name""".formatted(NodeFields.ENTITY.formatted("e"));

	private final GraphReads reads;

	public TaskQueries(GraphReads reads) {
		this.reads = reads;
	}

	/**
	 * A page of the tasks matching a filter, ordered by document and key, each with its units related by one of
	 * {@code unitTypes} (none when null); one query, the unit's name resolved in it.
	 * @throws UnknownEntityException when no entity has the unit's name
	 */
	public List<TaskWithUnits> tasks(TaskFilter filter, int offset, int first, List<String> unitTypes) {
		Map<String, Object> parameters = new HashMap<>();
		NameResolution.bind(parameters, "unit", filter.unit());
		parameters.put("leadOnly", filter.leadOnly());
		parameters.put("document", filter.document());
		parameters.put("deadlineBefore", filter.deadlineBefore());
		parameters.put("text", filter.text());
		parameters.put("offset", offset);
		parameters.put("first", first);
		parameters.put("unitTypes", unitTypes);
		List<TaskWithUnits> tasks = new ArrayList<>();
		String statement = (filter.unit() != null) ? TASKS_OF_UNIT : ALL_TASKS;
		for (Record row : this.reads.list(statement, parameters, (r) -> r)) {
			NameResolution.requireFound(row, "unitFound", filter.unit());
			if (!row.get("t").isNull()) {
				tasks.add(new TaskWithUnits(task(row.get("t")),
						row.get("units").asList((v) -> EntityQueries.entity(v))));
			}
		}
		return tasks;
	}

	public Map<String, TaskNode> findByKeys(Collection<String> keys) {
		Map<String, TaskNode> found = new HashMap<>();
		this.reads.list(BY_KEYS, Map.of("keys", List.copyOf(keys)), (r) -> task(r.get("t")))
			.forEach((t) -> found.put(t.key(), t));
		return found;
	}

	/** For each entity key, the tasks it is responsible for in any role. */
	public Map<String, List<TaskNode>> tasksOf(Collection<String> entityKeys) {
		Map<String, List<TaskNode>> byKey = KeyedLists.of(entityKeys);
		this.reads.list(TASKS_OF, Map.of("keys", List.copyOf(entityKeys)),
				(r) -> Map.entry(r.get("key").asString(), task(r.get("t"))))
			.forEach((e) -> byKey.get(e.getKey()).add(e.getValue()));
		return byKey;
	}

	/** For each task key, the units related to it by one of {@code types}. */
	public Map<String, List<EntityNode>> unitsOf(Collection<String> taskKeys, List<String> types) {
		Map<String, List<EntityNode>> byKey = KeyedLists.of(taskKeys);
		this.reads.list(UNITS_OF, Map.of("keys", List.copyOf(taskKeys), "types", types),
				(r) -> Map.entry(r.get("key").asString(), EntityQueries.entity(r.get("e"))))
			.forEach((e) -> byKey.get(e.getKey()).add(e.getValue()));
		return byKey;
	}

	/** The task a projection holds; deadline and document are null when it left them out. */
	static TaskNode task(MapAccessor node) {
		return new TaskNode(node.get("key").asString(), node.get("taskId").asString(), node.get("text").asString(""),
				node.get("deadline").asString(null), node.get("document").asString(null));
	}

}
