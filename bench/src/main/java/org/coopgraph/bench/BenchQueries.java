package org.coopgraph.bench;

import java.util.List;
import java.util.Map;

import org.coopgraph.bench.generate.SyntheticGraph;
import org.coopgraph.extract.model.EntityType;
import org.coopgraph.extract.model.RelationType;
import org.coopgraph.graph.FactTypes;

/**
 * The seven benchmark queries of issue 8, with arguments taken from a generated graph so that each one finds data:
 * entity by alias, search, related facts with provenance, two-hop neighbours, tasks of a department, funding totals
 * and a shortest path; and two of issue 18, pairings between two provinces and funding by province pair and year
 * (no {@code @neo4j/graphql} form written for these). Tasks of a department runs twice, with {@code @neo4j/graphql} written two ways (issue 16):
 * filtering the tasks, and starting from the department.
 */
final class BenchQueries {

	private static final String ENTITY_BY_ALIAS = """
			CALL () {
			  MATCH (e:Entity {name: $name}) RETURN e, 0 AS rank
			  UNION
			  CALL db.index.fulltext.queryNodes('entity_search', $phrase, {limit: 200}) YIELD node
			  WHERE $name IN node.aliases
			  RETURN node AS e, 1 AS rank
			}
			RETURN e.key AS id, e.name AS name, e.type AS type, e.aliases AS aliases
			ORDER BY rank, size(e.name) LIMIT 1""";

	private static final String SEARCH = """
			CALL () {
			  CALL db.index.fulltext.queryNodes('entity_search', $phrase, {limit: 1000}) YIELD node, score
			  RETURN node, score
			  UNION
			  MATCH (node:Entity) WHERE node.name CONTAINS $text
			  RETURN node, 0.5 AS score LIMIT 1000
			}
			WITH node, max(score) AS score
			WHERE node.type IN $types
			RETURN node.key AS id, node.name AS name, node.type AS type
			ORDER BY (node.name = $text OR $text IN node.aliases) DESC, score DESC, size(node.name), node.name
			LIMIT 20""";

	private static final String RELATED = """
			MATCH (e:Entity {name: $name})
			CALL (e) {
			  MATCH (e)-[r]-(other)
			  WHERE type(r) <> 'MENTIONS'
			  RETURN r, other ORDER BY type(r), other.name, r.document, r.start LIMIT 50
			}
			RETURN e.key AS id, e.name AS name, type(r) AS type,
			       CASE WHEN startNode(r) = e THEN 'OUT' ELSE 'IN' END AS direction,
			       other.key AS otherId, coalesce(other.name, other.taskId + ' ' + left(other.text, 20)) AS otherName,
			       r.amountCny AS amountCny, r.evidence AS evidence, r.document AS document, r.start AS start,
			       r.end AS end""";

	private static final String NEIGHBORS = """
			MATCH (root:Entity {name: $name})
			MATCH (root)-[rs*1..2]-(m)
			WHERE all(r IN rs WHERE type(r) IN $types)
			WITH DISTINCT m, last(rs) AS r LIMIT 200
			RETURN m.key AS id, coalesce(m.name, m.taskId) AS name, type(r) AS type, startNode(r).key AS from,
			       endNode(r).key AS to""";

	private static final String TASKS = """
			MATCH (:Entity {name: $name})-[:RESPONSIBLE_FOR|LEADS|CO_RESPONSIBLE]->(t:Task)
			WITH DISTINCT t ORDER BY t.document, t.key LIMIT 20
			OPTIONAL MATCH (lead:Entity)-[:LEADS]->(t)
			WITH t, collect(lead.name) AS lead
			RETURN t.taskId AS taskId, t.text AS text, t.deadline AS deadline, t.document AS document, lead
			ORDER BY t.document, t.key""";

	private static final String FUNDING = """
			MATCH (:Entity {name: $name})-[r:FUNDS]->(t:Entity)
			RETURN t.name AS recipient, sum(coalesce(r.amountCny, 0)) AS totalCny, count(r) AS count
			ORDER BY totalCny DESC LIMIT 100""";

	private static final String PATH = """
			MATCH (a:Entity {name: $from}), (b:Entity {name: $to})
			MATCH p = ANY SHORTEST (a)-[r WHERE type(r) IN $types]-{1,4}(b)
			RETURN [n IN nodes(p) | {id: n.key, name: n.name}] AS nodes,
			       [x IN relationships(p) | {type: type(x), from: startNode(x).key, to: endNode(x).key}] AS edges""";

	// Issue 18: the pairings between two provinces, each pair once with its years and documents.
	private static final String PAIRINGS_BETWEEN_PROVINCES = """
			MATCH (a:Entity {province: $a})-[r:PAIRS_WITH]-(b:Entity {province: $b})
			WITH CASE WHEN a.name <= b.name THEN a ELSE b END AS first,
			     CASE WHEN a.name <= b.name THEN b ELSE a END AS second, r
			WITH DISTINCT first, second, r
			WITH first, second, min(r.year) AS firstYear, max(r.year) AS lastYear, collect(DISTINCT r.document) AS documents
			RETURN first.key AS a, first.name AS aName, second.key AS b, second.name AS bName, firstYear, lastYear,
			       documents
			ORDER BY aName, bName LIMIT 100""";

	// Issue 18: what each province funded in each other province each year, since a year.
	private static final String FUNDING_BY_PROVINCE_AND_YEAR = """
			MATCH (f:Entity)-[r:FUNDS]->(t:Entity)
			WHERE r.year >= $fromYear
			WITH f.province AS funderProvince, t.province AS recipientProvince, r.year AS year,
			     sum(coalesce(r.amountCny, 0)) AS totalCny, count(r) AS count
			ORDER BY totalCny DESC LIMIT 100
			OPTIONAL MATCH (p:Entity {key: funderProvince})
			OPTIONAL MATCH (q:Entity {key: recipientProvince})
			RETURN p.name AS funder, q.name AS recipient, year, totalCny, count""";

	private BenchQueries() {
	}

	static List<BenchQuery> of(SyntheticGraph graph) {
		String[] provinces = pairedProvinces(graph);
		int city = firstOfType(graph, EntityType.CITY);
		String cityAlias = (graph.entityAlias(city) != null) ? graph.entityAlias(city) : graph.entityName(city);
		String department = graph.entityName(firstOfType(graph, EntityType.DEPARTMENT));
		String county = graph.entityName(placeIn(graph, EntityType.COUNTY, city));
		int[] pair = countyPair(graph);
		String from = graph.entityName(placeIn(graph, EntityType.TOWN, pair[0]));
		String to = graph.entityName(placeIn(graph, EntityType.TOWN, pair[1]));
		return List.of(
				new BenchQuery("entity by alias", """
						query($name: String!) { entity(name: $name) { id name type aliases } }""",
						Map.of("name", cityAlias), ENTITY_BY_ALIAS,
						Map.of("name", cityAlias, "phrase", "\"" + cityAlias + "\""), Neo4jGraphqlQueries.ENTITY_BY_ALIAS),
				new BenchQuery("search", """
						query($text: String!) { search(text: $text, types: [DEPARTMENT], first: 20) { id name type } }""",
						Map.of("text", "发改委"), SEARCH,
						Map.of("text", "发改委", "phrase", "\"发改委\"", "types", List.of("DEPARTMENT")),
						Neo4jGraphqlQueries.SEARCH),
				new BenchQuery("related", """
						query($name: String!) { entity(name: $name) { id name related(first: 50) {
						  type direction node { id name } amountCny evidence document start end } } }""",
						Map.of("name", department), RELATED, Map.of("name", department), Neo4jGraphqlQueries.RELATED),
				new BenchQuery("neighbors depth 2", """
						query($name: String!) { entity(name: $name) { neighbors(depth: 2, maxNodes: 200) {
						  nodes { id name } edges { type from to } truncated } } }""",
						Map.of("name", county), NEIGHBORS, Map.of("name", county, "types", FactTypes.NAMES),
						Neo4jGraphqlQueries.NEIGHBORS),
				tasksOfDepartment("tasks of department", department, Neo4jGraphqlQueries.TASKS),
				// The same coopgraph query and Cypher; @neo4j/graphql as its users write it, from the department.
				tasksOfDepartment("tasks from department", department, Neo4jGraphqlQueries.TASKS_FROM_DEPARTMENT),
				new BenchQuery("funding totals", """
						query($name: String!) { funding(funder: $name, groupBy: RECIPIENT) {
						  recipient { name } totalCny count } }""",
						Map.of("name", department), FUNDING, Map.of("name", department), Neo4jGraphqlQueries.FUNDING),
				new BenchQuery("shortest path", """
						query($from: String!, $to: String!) { path(from: $from, to: $to, maxHops: 4) {
						  length nodes { id name } edges { type from to } } }""",
						Map.of("from", from, "to", to), PATH, Map.of("from", from, "to", to, "types", FactTypes.NAMES),
						Neo4jGraphqlQueries.PATH),
				new BenchQuery("pairings between provinces", """
						query($a: String!, $b: String!) { pairings(betweenProvinces: [$a, $b], first: 100) {
						  a { id name } b { id name } firstYear lastYear documents } }""",
						Map.of("a", provinces[0], "b", provinces[1]), PAIRINGS_BETWEEN_PROVINCES,
						Map.of("a", provinces[0], "b", provinces[1]), null),
				new BenchQuery("funding by province and year", """
						query($fromYear: Int!) { funding(groupBy: [FUNDER_PROVINCE, RECIPIENT_PROVINCE, YEAR],
						  fromYear: $fromYear, first: 100) { funderProvince { name } recipientProvince { name } year
						  totalCny count } }""",
						Map.of("fromYear", 2021), FUNDING_BY_PROVINCE_AND_YEAR, Map.of("fromYear", 2021), null));
	}

	/** The provinces of the first pairing between places of two different provinces (or of one, when none is). */
	private static String[] pairedProvinces(SyntheticGraph graph) {
		String[] found = null;
		for (int i = 0; i < graph.factCount(RelationType.PAIRS_WITH); i++) {
			String a = graph.entityProvince(graph.factFrom(RelationType.PAIRS_WITH, i));
			String b = graph.entityProvince(graph.factTo(RelationType.PAIRS_WITH, i));
			if (a != null && b != null && (found == null || !a.equals(b))) {
				found = new String[] { a, b };
				if (!a.equals(b)) {
					return found;
				}
			}
		}
		if (found == null) {
			throw new IllegalStateException("the generated graph has no pairing between places");
		}
		return found;
	}

	private static BenchQuery tasksOfDepartment(String name, String department, String neo4jGraphql) {
		return new BenchQuery(name, """
				query($name: String!) { tasks(responsible: $name, first: 20) {
				  taskId text deadline document lead { name } } }""", Map.of("name", department), TASKS,
				Map.of("name", department), neo4jGraphql);
	}

	private static int firstOfType(SyntheticGraph graph, EntityType type) {
		for (int e = 0; e < graph.entityCount(); e++) {
			if (graph.entityType(e) == type) {
				return e;
			}
		}
		throw new IllegalStateException("the generated graph has no " + type);
	}

	/** The first entity of {@code type} located in {@code place}, or {@code place} itself when there is none. */
	private static int placeIn(SyntheticGraph graph, EntityType type, int place) {
		for (int i = 0; i < graph.factCount(RelationType.LOCATED_IN); i++) {
			int inner = graph.factFrom(RelationType.LOCATED_IN, i);
			if (graph.factTo(RelationType.LOCATED_IN, i) == place && graph.entityType(inner) == type) {
				return inner;
			}
		}
		return place;
	}

	/** Two paired counties, or two paired cities when no county is paired. */
	private static int[] countyPair(SyntheticGraph graph) {
		int[] found = null;
		for (int i = 0; i < graph.factCount(RelationType.PAIRS_WITH); i++) {
			int a = graph.factFrom(RelationType.PAIRS_WITH, i);
			int b = graph.factTo(RelationType.PAIRS_WITH, i);
			if (found == null || graph.entityType(a) == EntityType.COUNTY) {
				found = new int[] { a, b };
				if (graph.entityType(a) == EntityType.COUNTY) {
					return found;
				}
			}
		}
		if (found == null) {
			throw new IllegalStateException("the generated graph has no pairing");
		}
		return found;
	}

}
