package org.coopgraph.graph;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

import org.springframework.stereotype.Component;

/**
 * Reads entities, what they are related to, and the graph's documents and counts. Every method is one query,
 * batched over many parents where it serves a nested GraphQL field. Thread-safe.
 */
@Component
public class EntityQueries {

	private static final String BY_NAME_OR_ALIAS = NameResolution.subquery("name", "e") + """
			WITH e WHERE e IS NOT NULL
			RETURN %s AS e""".formatted(NodeFields.ENTITY.formatted("e"));

	private static final String BY_KEYS = """
			MATCH (e:Entity) WHERE e.key IN $keys RETURN %s AS e""".formatted(NodeFields.ENTITY.formatted("e"));

	private static final String SEARCH = """
			CALL () {
			  CALL db.index.fulltext.queryNodes('entity_search', $phrase, {limit: $candidates}) YIELD node, score
			  RETURN node, score
			  UNION
			  MATCH (node:Entity) WHERE node.name CONTAINS $text
			  RETURN node, 0.5 AS score LIMIT $candidates
			}
			WITH node, max(score) AS score
			WHERE $types IS NULL OR node.type IN $types
			ORDER BY (node.name = $text OR $text IN node.aliases) DESC, score DESC, size(node.name), node.name
			WITH collect(node) AS ranked
			RETURN size(ranked) AS total, [node IN ranked[$offset..$offset + $first] | %s] AS page"""
		.formatted(NodeFields.ENTITY.formatted("node"));

	// The facts of the entity bound to the variable filled in: one page, in a stable order.
	private static final String FACTS_OF = """
			CALL (%1$s) {
			  MATCH (%1$s)-[r:%2$s]-(other)
			  WHERE ($types IS NULL OR type(r) IN $types)
			    AND ($direction IS NULL OR ($direction = 'OUT') = (startNode(r) = %1$s))
			  RETURN r, other
			  ORDER BY type(r), other.name, r.document, coalesce(r.start, endNode(r).start)
			  SKIP $offset LIMIT $limit
			}
			""";

	// A fact as one map: the other node's fields with the fact's own, prefixed so as not to meet a node field (a task
	// has a document too). One map per fact, not a fact map holding a node map, halves the maps to build and convert.
	// A responsibility's evidence and offsets are those of its task, the relationship's end.
	private static final String FACT = ", factType: type(r), factOut: startNode(r) <> other,"
			+ " factAmountCny: r.amountCny, factEvidence: coalesce(r.evidence, endNode(r).evidence),"
			+ " factDocument: r.document, factStart: coalesce(r.start, endNode(r).start),"
			+ " factEnd: coalesce(r.end, endNode(r).end), factYear: r.year";

	private static final Map<NodeFields, String> RELATED = NodeFields.statements((fields) -> "UNWIND $keys AS key\n"
			+ "MATCH (e:Entity {key: key})\n" + FACTS_OF.formatted("e", FactTypes.ALL) + "RETURN key, "
			+ fields.of("other", FACT) + " AS fact");

	private static final String DOCUMENT_COLUMNS = """
			RETURN d.name AS name, d.title AS title, d.sha256 AS sha256, d.format AS format, d.chars AS chars,
			       toString(d.ingestedAt) AS ingestedAt, coalesce(d.extraction, 'COMPLETE') AS extraction,
			       coalesce(d.extractionProblems, []) AS extractionProblems, d.year AS year, toString(d.date) AS date,
			       coalesce(d.yearSource, 'NONE') AS yearSource
			ORDER BY name""";

	private static final String DOCUMENTS = "MATCH (d:Document)\n" + DOCUMENT_COLUMNS;

	private static final String DOCUMENTS_OF_YEAR = "MATCH (d:Document {year: $year})\n" + DOCUMENT_COLUMNS;

	private static final String PARENTS = """
			UNWIND $keys AS key
			MATCH (:Entity {key: key})-[links:IN_DIVISION*1..4]->(e:Entity)
			RETURN key, %s AS e ORDER BY key, size(links)""".formatted(NodeFields.ENTITY.formatted("e"));

	private static final String LABEL_COUNTS = """
			CALL db.labels() YIELD label
			CALL (label) { MATCH (n:$(label)) RETURN count(n) AS count }
			RETURN label AS name, count ORDER BY name""";

	private static final String RELATIONSHIP_COUNTS = """
			CALL db.relationshipTypes() YIELD relationshipType AS type
			CALL (type) { MATCH ()-[r:$(type)]->() RETURN count(r) AS count }
			RETURN type AS name, count ORDER BY name""";

	private static final int MAX_CANDIDATES = 1000;

	private final GraphReads reads;

	public EntityQueries(GraphReads reads) {
		this.reads = reads;
	}

	/** The entity whose canonical name is {@code name}, else the shortest-named one with it as an alias. */
	public EntityNode findByNameOrAlias(String name) {
		if (name.isBlank()) {
			return null;
		}
		Map<String, Object> parameters = new HashMap<>();
		NameResolution.bind(parameters, "name", new EntityName("name", name));
		List<EntityNode> found = this.reads.list(BY_NAME_OR_ALIAS, parameters, EntityQueries::entity);
		return found.isEmpty() ? null : found.get(0);
	}

	public Map<String, EntityNode> findByKeys(Collection<String> keys) {
		Map<String, EntityNode> found = new HashMap<>();
		this.reads.list(BY_KEYS, Map.of("keys", List.copyOf(keys)), EntityQueries::entity)
			.forEach((e) -> found.put(e.key(), e));
		return found;
	}

	/**
	 * Entities whose name or alias matches {@code text}, exact matches first, then by relevance: the page of
	 * {@code first} after {@code offset}, and how many match in all (up to {@value #MAX_CANDIDATES}).
	 */
	public SearchPage search(String text, List<String> types, int first, int offset) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("phrase", FulltextQuery.phrase(text));
		parameters.put("text", text.strip());
		parameters.put("types", types);
		parameters.put("first", first);
		parameters.put("offset", offset);
		parameters.put("candidates", MAX_CANDIDATES);
		return this.reads
			.list(SEARCH, parameters,
					(r) -> new SearchPage(r.get("page").asList(EntityQueries::entity), r.get("total").asInt()))
			.get(0);
	}

	/**
	 * For each entity key, its facts (filtered by relationship type and direction when given), ordered by type and
	 * the other node's name, {@code limit} of them after the first {@code offset}; of the other node, the
	 * {@code fields} asked for.
	 */
	public Map<String, List<RelatedFact>> related(Collection<String> keys, List<String> types, String direction,
			int offset, int limit, NodeFields fields) {
		Map<String, Object> parameters = relatedParameters(types, direction, offset, limit);
		parameters.put("keys", List.copyOf(keys));
		Map<String, List<RelatedFact>> byKey = KeyedLists.of(keys);
		this.reads.list(RELATED.get(fields), parameters, (r) -> Map.entry(r.get("key").asString(), relatedFact(r.get("fact"))))
			.forEach((entry) -> byKey.get(entry.getKey()).add(entry.getValue()));
		return byKey;
	}

	private static Map<String, Object> relatedParameters(List<String> types, String direction, int offset, int limit) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("types", types);
		parameters.put("direction", direction);
		parameters.put("offset", offset);
		parameters.put("limit", limit);
		return parameters;
	}

	/** Every document, or those of {@code year} when it is not null, by name. */
	public List<DocumentNode> documents(Integer year) {
		return this.reads.list((year != null) ? DOCUMENTS_OF_YEAR : DOCUMENTS,
				(year != null) ? Map.of("year", year) : Map.of(),
				(r) -> new DocumentNode(r.get("name").asString(), r.get("title").asString(""),
						r.get("sha256").asString(), r.get("format").asString(""), r.get("chars").asLong(0),
						r.get("ingestedAt").asString(""), r.get("extraction").asString(),
						r.get("extractionProblems").asList(Value::asString), nullableInt(r.get("year")),
						r.get("date").asString(null), r.get("yearSource").asString()));
	}

	/**
	 * For each entity key, the divisions it lies in (IN_DIVISION, from the division table), nearest first up to the
	 * province; empty for entities without a code.
	 */
	public Map<String, List<EntityNode>> parents(Collection<String> keys) {
		Map<String, List<EntityNode>> byKey = KeyedLists.of(keys);
		this.reads.list(PARENTS, Map.of("keys", List.copyOf(keys)),
				(r) -> Map.entry(r.get("key").asString(), entity(r.get("e"))))
			.forEach((entry) -> byKey.get(entry.getKey()).add(entry.getValue()));
		return byKey;
	}

	public List<NamedCount> labelCounts() {
		return this.reads.list(LABEL_COUNTS, Map.of(), EntityQueries::count);
	}

	public List<NamedCount> relationshipCounts() {
		return this.reads.list(RELATIONSHIP_COUNTS, Map.of(), EntityQueries::count);
	}

	static EntityNode entity(Record record) {
		return entity(record.get("e"));
	}

	/** The entity a node or a projection of it holds; the type is null when the projection left it out. */
	static EntityNode entity(MapAccessor node) {
		return new EntityNode(node.get("key").asString(), node.get("name").asString(),
				node.get("type").asString(null), node.get("aliases").asList(Value::asString, List.of()),
				node.get("code").asString(null), node.get("level").asString(null), node.get("province").asString(null),
				node.get("candidates").asList(Value::asString, List.of()));
	}

	/** The node a {@link NodeFields} projection holds. */
	static GraphNode node(Value fields) {
		return fields.get("task").asBoolean(false) ? TaskQueries.task(fields) : entity(fields);
	}

	private static RelatedFact relatedFact(Value fact) {
		String direction = fact.get("factOut").asBoolean() ? "OUT" : "IN";
		return new RelatedFact(fact.get("factType").asString(), direction, node(fact),
				GraphEdge.amount(fact.get("factAmountCny")), fact.get("factEvidence").asString(null),
				fact.get("factDocument").asString(null), nullableInt(fact.get("factStart")),
				nullableInt(fact.get("factEnd")), nullableInt(fact.get("factYear")));
	}

	private static Integer nullableInt(Value value) {
		return value.isNull() ? null : value.asInt();
	}

	private static NamedCount count(Record r) {
		return new NamedCount(r.get("name").asString(), r.get("count").asLong());
	}

}
