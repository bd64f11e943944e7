package org.coopgraph.graph;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

/**
 * Reads the distinct entities linked to entities by facts: each neighbour once, with the kinds of facts, how many and
 * the documents that state them, where the per-fact read repeats a neighbour once per fact. Batched over many parents
 * in one query. Thread-safe.
 */
@Component
public class RelatedEntityQueries {

	private static final String RELATED_ENTITIES = """
			UNWIND $keys AS key
			MATCH (e:Entity {key: key})
			CALL (e) {
			  MATCH (e)-[r:%s]-(other:Entity)
			  WHERE other <> e AND ($types IS NULL OR type(r) IN $types)
			  WITH other, collect(DISTINCT type(r)) AS relationTypes, count(r) AS facts,
			       collect(DISTINCT r.document) AS documents
			  RETURN other, relationTypes, facts, documents
			  ORDER BY facts DESC, other.name
			  SKIP $offset LIMIT $limit
			}
			RETURN key, %s AS entity, relationTypes, facts, documents"""
		.formatted(FactTypes.ALL, NodeFields.ENTITY.formatted("other"));

	private final GraphReads reads;

	public RelatedEntityQueries(GraphReads reads) {
		this.reads = reads;
	}

	/**
	 * For each entity key, the entities its facts (of {@code types}, all when null) link it to, most facts first,
	 * {@code limit} of them after the first {@code offset}.
	 */
	public Map<String, List<RelatedEntity>> of(Collection<String> keys, List<String> types, int offset, int limit) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("keys", List.copyOf(keys));
		parameters.put("types", types);
		parameters.put("offset", offset);
		parameters.put("limit", limit);
		Map<String, List<RelatedEntity>> byKey = KeyedLists.of(keys);
		this.reads.list(RELATED_ENTITIES, parameters,
				(r) -> Map.entry(r.get("key").asString(),
						new RelatedEntity(EntityQueries.entity(r.get("entity")), sorted(r.get("relationTypes")),
								r.get("facts").asInt(), sorted(r.get("documents")))))
			.forEach((entry) -> byKey.get(entry.getKey()).add(entry.getValue()));
		return byKey;
	}

	private static List<String> sorted(Value strings) {
		return strings.asList(Value::asString).stream().sorted().toList();
	}

	/** An entity linked to another by {@code factCount} facts of {@code relationTypes}, stated in {@code documents}. */
	public record RelatedEntity(EntityNode entity, List<String> relationTypes, int factCount,
			List<String> documents) {

	}

}
