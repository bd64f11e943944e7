package org.coopgraph.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Expands the neighbourhood of many entities at once, breadth first: one query per level for all of them, so a
 * subgraph of depth d costs d queries whatever the number of roots. Thread-safe.
 */
@Component
public class NeighborQueries {

	public static final int MAX_DEPTH = 3;

	// Each frontier node contributes at most $perNode rows and each level at most $limit (about what the remaining
	// room can keep), so that a dense neighbour (a city, with everything located in it) cannot make one level read
	// tens of thousands of rows to keep a few.
	// A frontier node is found by its key under its own label, and its edges skip the one it was reached through,
	// already kept at the level before. The edge's ends are told apart by comparing nodes, which spares reading
	// their keys again.
	private static final Map<NodeFields, String> EXPAND = NodeFields.statements((fields) -> """
			UNWIND $frontier AS f
			CALL (f) {
			  CALL (f) {
			    WITH f WHERE NOT f.task
			    MATCH (n:Entity {key: f.key}) RETURN n
			    UNION ALL
			    WITH f WHERE f.task
			    MATCH (n:Task {key: f.key}) RETURN n
			  }
			  MATCH (n)-[r:%s]-(m) WHERE type(r) IN $types AND (f.via IS NULL OR elementId(r) <> f.via)
			  RETURN r, m LIMIT $perNode
			}
			WITH f, r, m, m.key AS mKey, startNode(r) = m AS fromM
			RETURN f.root AS root, type(r) AS type, CASE WHEN fromM THEN mKey ELSE f.key END AS from,
			       CASE WHEN fromM THEN f.key ELSE mKey END AS to, CASE WHEN $edgeDetails THEN r.amountCny END AS amountCny,
			       CASE WHEN $edgeDetails THEN r.evidence END AS evidence,
			       CASE WHEN $edgeDetails THEN r.document END AS document, elementId(r) AS via, %s AS m
			LIMIT $limit""".formatted(EntityQueries.FACT_TYPES, fields.of("m")));

	private final GraphReads reads;

	public NeighborQueries(GraphReads reads) {
		this.reads = reads;
	}

	/**
	 * For each root entity, keyed by its key, the subgraph up to {@code depth} hops away, at most {@code maxNodes}
	 * nodes; one query per level for all roots together. Without {@code edgeDetails} the edges leave out their
	 * amount, evidence and document, which spares reading a sentence per edge; of the nodes, the {@code fields}
	 * asked for.
	 */
	public Map<String, Subgraph> neighbors(Collection<EntityNode> roots, int depth, List<String> types, int maxNodes,
			boolean edgeDetails, NodeFields fields) {
		if (depth < 1 || depth > MAX_DEPTH) {
			throw new IllegalArgumentException("depth must be between 1 and " + MAX_DEPTH);
		}
		Map<String, Expansion> expansions = new LinkedHashMap<>();
		roots.forEach((root) -> expansions.put(root.key(), new Expansion(root, maxNodes)));
		for (int level = 0; level < depth; level++) {
			List<Map<String, Object>> frontier = new ArrayList<>();
			long rowsWanted = 0;
			for (Map.Entry<String, Expansion> entry : expansions.entrySet()) {
				Expansion expansion = entry.getValue();
				if (expansion.remaining() == 0) {
					expansion.markTruncated();
					continue;
				}
				expansion.frontier().forEach((step) -> frontier.add(step.parameter(entry.getKey())));
				// New nodes to fill the rest, plus about one edge per frontier node to a node already kept.
				rowsWanted += expansion.remaining() + expansion.frontier().size();
			}
			if (frontier.isEmpty()) {
				break;
			}
			List<GraphNode> reached = this.reads.list(EXPAND.get(fields),
					Map.of("frontier", frontier, "types", types, "perNode", maxNodes, "limit", rowsWanted,
							"edgeDetails", edgeDetails),
					(r) -> {
						Expansion expansion = expansions.get(r.get("root").asString());
						GraphNode other = EntityQueries.node(r.get("m"));
						expansion.add(other, GraphEdge.of(r), r.get("via").asString());
						return other;
					});
			if (reached.size() == rowsWanted) {
				expansions.values().forEach(Expansion::markTruncated);
			}
			expansions.values().forEach(Expansion::advance);
		}
		Map<String, Subgraph> result = new HashMap<>();
		expansions.forEach((root, expansion) -> result.put(root, expansion.toSubgraph()));
		return result;
	}

	/** The growing subgraph of one root. */
	private static final class Expansion {

		private final Map<String, GraphNode> nodes = new LinkedHashMap<>();

		private final Set<GraphEdge> edges = new LinkedHashSet<>();

		private final int maxNodes;

		private List<Step> frontier;

		private final List<Step> reached = new ArrayList<>();

		private boolean truncated;

		Expansion(EntityNode root, int maxNodes) {
			this.maxNodes = maxNodes;
			this.nodes.put(root.key(), root);
			this.frontier = List.of(new Step(root, null));
		}

		List<Step> frontier() {
			return this.frontier;
		}

		/** The nodes reached at this level become the next level's frontier. */
		void advance() {
			this.frontier = List.copyOf(this.reached);
			this.reached.clear();
		}

		/** How many more nodes it may take. */
		int remaining() {
			return this.maxNodes - this.nodes.size();
		}

		void markTruncated() {
			this.truncated = true;
		}

		/** Keeps the edge, and the node at its other end unless the subgraph is full; {@code via} is the edge's id. */
		void add(GraphNode other, GraphEdge edge, String via) {
			if (!this.nodes.containsKey(other.key())) {
				if (this.nodes.size() >= this.maxNodes) {
					this.truncated = true;
					return;
				}
				this.nodes.put(other.key(), other);
				this.reached.add(new Step(other, via));
			}
			this.edges.add(edge);
		}

		Subgraph toSubgraph() {
			return new Subgraph(List.copyOf(this.nodes.values()), List.copyOf(this.edges), this.truncated);
		}

	}

	/** A node to expand from, and the id of the edge it was reached through (null for a root). */
	private record Step(GraphNode node, String via) {

		Map<String, Object> parameter(String root) {
			Map<String, Object> parameter = new HashMap<>();
			parameter.put("root", root);
			parameter.put("key", this.node.key());
			parameter.put("task", this.node instanceof TaskNode);
			parameter.put("via", this.via);
			return parameter;
		}

	}

}
