package org.coopgraph.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.neo4j.driver.Record;

import org.springframework.stereotype.Component;

/**
 * Finds the shortest connection between two entities over fact relationships, each hop with the sentence that states
 * it. Thread-safe.
 */
@Component
public class PathQueries {

	public static final int MAX_HOPS = 6;

	// Quantifier bounds cannot be parameters, so there is one fixed statement per allowed length. Of the facts of one
	// kind between two nodes of the path (one per document that states it), each hop shows one stated in a sentence
	// of a document's body before one only its title states.
	private static final List<String> SHORTEST = IntStream.rangeClosed(1, MAX_HOPS)
		.mapToObj((hops) -> NameResolution.subquery("from", "a") + NameResolution.subquery("to", "b") + """
				OPTIONAL MATCH p = ANY SHORTEST (a)-[r WHERE type(r) IN $types]-{1,%d}(b)
				CALL (p) {
				  UNWIND range(0, coalesce(length(p), 0) - 1) AS i
				  WITH i, relationships(p)[i] AS x
				  CALL (x) {
				    WITH x, startNode(x) AS s, endNode(x) AS t
				    MATCH (s)-[y]->(t) WHERE type(y) = type(x)
				    OPTIONAL MATCH (d:Document {key: y.document})
				    // A responsibility's evidence and offsets are its task's (t).
				    WITH y, d, coalesce(y.evidence, t.evidence) AS evidence, coalesce(y.start, t.start) AS start
				    WITH y, evidence, start,
				         coalesce(d.title CONTAINS evidence OR evidence CONTAINS d.title, false) AS fromTitle
				    RETURN y, evidence, fromTitle ORDER BY fromTitle, y.document, start LIMIT 1
				  }
				  WITH i, y, evidence, fromTitle ORDER BY i
				  RETURN collect({type: type(y), from: startNode(y).key, to: endNode(y).key, amountCny: y.amountCny,
				                  evidence: evidence, document: y.document, evidenceFromTitle: fromTitle}) AS rels
				}
				RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, [n IN nodes(p) | %s] AS nodes, rels"""
			.formatted(hops, NodeFields.ALL.of("n")))
		.toList();

	private final GraphReads reads;

	public PathQueries(GraphReads reads) {
		this.reads = reads;
	}

	/**
	 * The shortest path from one named entity to another over relationships of {@code types}, or null when none
	 * is at most {@code maxHops} (1 to {@value #MAX_HOPS}) long; one query, names resolved in it.
	 * @throws UnknownEntityException when no entity has one of the names
	 */
	public Subgraph shortest(EntityName from, EntityName to, int maxHops, List<String> types) {
		if (maxHops < 1 || maxHops > MAX_HOPS) {
			throw new IllegalArgumentException("maxHops must be between 1 and " + MAX_HOPS);
		}
		Map<String, Object> parameters = new HashMap<>();
		NameResolution.bind(parameters, "from", from);
		NameResolution.bind(parameters, "to", to);
		parameters.put("types", types);
		return this.reads.list(SHORTEST.get(maxHops - 1), parameters, (r) -> path(r, from, to)).get(0);
	}

	/** The path in the statement's one row, null when there is none. */
	private static Subgraph path(Record row, EntityName from, EntityName to) {
		NameResolution.requireFound(row, "fromFound", from);
		NameResolution.requireFound(row, "toFound", to);
		if (row.get("nodes").isNull()) {
			return null;
		}
		List<GraphNode> nodes = row.get("nodes").asList(EntityQueries::node);
		List<GraphEdge> edges = row.get("rels").asList(GraphEdge::of);
		return new Subgraph(nodes, edges, false);
	}

}
