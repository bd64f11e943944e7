package org.coopgraph.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.Relationship;

import org.springframework.stereotype.Component;

/** Finds the shortest connection between two entities over fact relationships. Thread-safe. */
@Component
public class PathQueries {

	public static final int MAX_HOPS = 6;

	// Quantifier bounds cannot be parameters, so there is one fixed statement per allowed length.
	private static final List<String> SHORTEST = IntStream.rangeClosed(1, MAX_HOPS).mapToObj("""
			MATCH (a:Entity {key: $from}), (b:Entity {key: $to})
			MATCH p = ANY SHORTEST (a)-[r WHERE type(r) IN $types]-{1,%d}(b)
			RETURN [n IN nodes(p) | n] AS nodes,
			       [x IN relationships(p) | {rel: x, from: startNode(x).key, to: endNode(x).key}] AS rels"""::formatted)
		.toList();

	private final GraphReads reads;

	public PathQueries(GraphReads reads) {
		this.reads = reads;
	}

	/**
	 * The shortest path from one entity to another over relationships of {@code types}, or null when none is at
	 * most {@code maxHops} (1 to {@value #MAX_HOPS}) long.
	 */
	public Subgraph shortest(String fromKey, String toKey, int maxHops, List<String> types) {
		if (maxHops < 1 || maxHops > MAX_HOPS) {
			throw new IllegalArgumentException("maxHops must be between 1 and " + MAX_HOPS);
		}
		List<Subgraph> found = this.reads.list(SHORTEST.get(maxHops - 1),
				Map.of("from", fromKey, "to", toKey, "types", types), (r) -> {
					List<GraphNode> nodes = r.get("nodes").asList((v) -> EntityQueries.node(v.asNode()));
					List<GraphEdge> edges = new ArrayList<>();
					for (Value rel : r.get("rels").values()) {
						Relationship relationship = rel.get("rel").asRelationship();
						edges.add(GraphEdge.of(relationship, rel.get("from").asString(), rel.get("to").asString()));
					}
					return new Subgraph(nodes, edges, false);
				});
		return found.isEmpty() ? null : found.get(0);
	}

}
