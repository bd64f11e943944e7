package org.coopgraph.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.types.Node;

import org.springframework.stereotype.Component;

/**
 * Reads tasks and the units responsible for them. Methods that serve nested GraphQL fields take many parent keys and
 * answer with one query. Thread-safe.
 */
@Component
public class TaskQueries {

	/** The relationship types that make a unit responsible for a task. */
	public static final List<String> RESPONSIBILITY_TYPES = List.of("RESPONSIBLE_FOR", "LEADS", "CO_RESPONSIBLE");

	private static final String TASKS = """
			CALL () {
			  WITH $responsible AS unit WHERE unit IS NULL
			  MATCH (t:Task) WHERE ($document IS NULL OR t.document = $document)
			  RETURN t
			  UNION
			  WITH $responsible AS unit WHERE unit IS NOT NULL
			  MATCH (e:Entity) WHERE e.name = unit OR unit IN e.aliases
			  MATCH (e)-[:RESPONSIBLE_FOR|LEADS|CO_RESPONSIBLE]->(t:Task)
			  WHERE ($document IS NULL OR t.document = $document)
			  RETURN t
			}
			WITH DISTINCT t
			WHERE $text IS NULL OR t.text CONTAINS $text
			RETURN t ORDER BY t.document, t.key LIMIT $first""";

	private static final String TASKS_OF = """
			UNWIND $keys AS key
			MATCH (:Entity {key: key})-[:RESPONSIBLE_FOR|LEADS|CO_RESPONSIBLE]->(t:Task)
			WITH DISTINCT key, t
			RETURN key, t ORDER BY key, t.document, t.key""";

	private static final String UNITS_OF = """
			UNWIND $keys AS key
			MATCH (t:Task {key: key})<-[r]-(e:Entity)
			WHERE type(r) IN $types
			WITH DISTINCT key, e
			RETURN key, e ORDER BY key, e.name""";

	private final GraphReads reads;

	public TaskQueries(GraphReads reads) {
		this.reads = reads;
	}

	/** Tasks filtered by a responsible unit's name or alias, a document, and a text fragment. */
	public List<TaskNode> tasks(String responsible, String document, String text, int first) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("responsible", responsible);
		parameters.put("document", document);
		parameters.put("text", text);
		parameters.put("first", first);
		return this.reads.list(TASKS, parameters, (r) -> task(r.get("t").asNode()));
	}

	/** For each entity key, the tasks it is responsible for in any role. */
	public Map<String, List<TaskNode>> tasksOf(Collection<String> entityKeys) {
		Map<String, List<TaskNode>> byKey = emptyLists(entityKeys);
		this.reads.list(TASKS_OF, Map.of("keys", List.copyOf(entityKeys)),
				(r) -> Map.entry(r.get("key").asString(), task(r.get("t").asNode())))
			.forEach((e) -> byKey.get(e.getKey()).add(e.getValue()));
		return byKey;
	}

	/** For each task key, the units related to it by one of {@code types}. */
	public Map<String, List<EntityNode>> unitsOf(Collection<String> taskKeys, List<String> types) {
		Map<String, List<EntityNode>> byKey = emptyLists(taskKeys);
		this.reads.list(UNITS_OF, Map.of("keys", List.copyOf(taskKeys), "types", types),
				(r) -> Map.entry(r.get("key").asString(), EntityQueries.entity(r.get("e").asNode())))
			.forEach((e) -> byKey.get(e.getKey()).add(e.getValue()));
		return byKey;
	}

	static TaskNode task(Node node) {
		return new TaskNode(node.get("key").asString(), node.get("taskId").asString(), node.get("text").asString(""),
				node.get("deadline").asString(null), node.get("document").asString());
	}

	private static <T> Map<String, List<T>> emptyLists(Collection<String> keys) {
		Map<String, List<T>> byKey = new LinkedHashMap<>();
		keys.forEach((k) -> byKey.put(k, new ArrayList<>()));
		return byKey;
	}

}
