package org.coopgraph.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

/**
 * Expands the neighbourhood of many entities at once, breadth first: one query for the first two levels of all of
 * them, then one per further level, so a subgraph of depth d costs at most d - 1 queries whatever the number of
 * roots. Thread-safe.
 */
@Component
public class NeighborQueries {

	public static final int MAX_DEPTH = 3;

	// What one row of an expansion tells, as one map: the node at the other end of an edge of the frontier node (the
	// fields NodeFields reads) with the frontier node's key (bound to `at`), the edge's type and whether the edge
	// points away from the frontier node; the edge's amount and provenance only when they are asked for, which spares
	// reading a sentence per edge. The edge's entries are prefixed so as not to meet a node field (a task has a
	// document too).
	private static final String EDGE = ", edgeAt: at, edgeType: type(r), edgeOut: startNode(r) <> m";

	private static final String EDGE_WITH_DETAILS = EDGE
			+ ", edgeAmountCny: r.amountCny, edgeEvidence: coalesce(r.evidence, endNode(r).evidence),"
			+ " edgeDocument: r.document";

	// Each frontier node contributes at most $perNode rows and each level at most $limit (about what the remaining
	// room can keep), so that a dense neighbour (a city, with everything located in it) cannot make one level read
	// tens of thousands of rows to keep a few. A frontier node is found by its key under its own label, and its
	// edges skip the node it was reached from: the level before read the edges between the two.
	private static final Map<Shape, String> EXPAND = Shape.statements((shape) -> """
			UNWIND $frontier AS f
			CALL (f) {
			  CALL (f) {
			    WITH f WHERE NOT f.task
			    MATCH (n:Entity {key: f.key}) RETURN n
			    UNION ALL
			    WITH f WHERE f.task
			    MATCH (n:Task {key: f.key}) RETURN n
			  }
			  MATCH (n)-[r:%1$s]-(m) WHERE type(r) IN $types AND (f.parent IS NULL OR m.key <> f.parent)
			  RETURN r, m LIMIT $perNode
			}
			WITH f, r, m, f.key AS at
			RETURN f.root AS root, %2$s AS step
			LIMIT $limit""".formatted(FactTypes.ALL, shape.step()));

	// The first two levels of every root in one statement: one row per root, its key and the steps of each level (a
	// root without edges has m null, whose projection is null and is not collected). The second level is what
	// expand() would read: when asked for and when the first left room, from each node the first reached, at most
	// $perNode edges not back to the root, and at most $secondRows in all. Its frontier nodes are at hand, where
	// expand() seeks each by its key, and it costs no statement of its own.
	private static final Map<Shape, String> FIRST_TWO_LEVELS = Shape.statements((shape) -> """
			UNWIND $keys AS key
			MATCH (n:Entity {key: key})
			WITH n, n.key AS at
			OPTIONAL CALL (n) {
			  MATCH (n)-[r:%1$s]-(m) WHERE type(r) IN $types
			  RETURN r, m LIMIT $perNode
			}
			WITH n, collect(%2$s) AS steps, collect(DISTINCT m) AS reached
			CALL (n, reached) {
			  WITH n, reached WHERE $secondLevel AND size(reached) < $perNode - 1
			  UNWIND reached AS p
			  WITH n, p, p.key AS at
			  CALL (n, p) {
			    MATCH (p)-[r:%1$s]-(m) WHERE type(r) IN $types AND m <> n
			    RETURN r, m LIMIT $perNode
			  }
			  WITH at, r, m LIMIT $secondRows
			  RETURN collect(%2$s) AS next
			}
			RETURN n.key AS root, steps, next""".formatted(FactTypes.ALL, shape.step()));

	private final GraphReads reads;

	public NeighborQueries(GraphReads reads) {
		this.reads = reads;
	}

	/**
	 * For each root entity, keyed by its key, the subgraph up to {@code depth} hops away, at most {@code maxNodes}
	 * nodes; one query for the first two levels of all roots together, then one per level. Without
	 * {@code edgeDetails} the edges leave out their amount, evidence and document, which spares reading a sentence
	 * per edge; of the nodes, the {@code fields} asked for.
	 */
	public Map<String, Subgraph> neighbors(Collection<EntityNode> roots, int depth, List<String> types, int maxNodes,
			boolean edgeDetails, NodeFields fields) {
		requireDepth(depth);
		Map<String, Expansion> expansions = new LinkedHashMap<>();
		roots.forEach((root) -> expansions.put(root.key(), new Expansion(root, maxNodes)));
		// What expand() would allow the second level: the room left plus one edge per frontier node, which comes to
		// maxNodes - 1 whatever the first level kept.
		int secondRows = maxNodes - 1;
		Map<String, Object> parameters = Map.of("keys", List.copyOf(expansions.keySet()), "types", types, "perNode",
				maxNodes, "secondLevel", depth >= 2, "secondRows", secondRows);
		Set<String> read = new HashSet<>();
		this.reads.list(FIRST_TWO_LEVELS.get(new Shape(fields, edgeDetails)), parameters, (r) -> {
			Expansion expansion = expansions.get(r.get("root").asString());
			read.add(r.get("root").asString());
			// The first level reads at most maxNodes rows, which is what expand() wants of it too.
			expansion.addLevel(r.get("steps").asList((v) -> v), maxNodes);
			if (depth >= 2) {
				if (expansion.remaining() == 0) {
					expansion.markTruncated();
				}
				else {
					expansion.addLevel(r.get("next").asList((v) -> v), secondRows);
				}
			}
			return expansion;
		});
		// A root removed meanwhile has nothing to expand.
		expansions.forEach((key, expansion) -> {
			if (!read.contains(key)) {
				expansion.addLevel(List.of(), maxNodes);
			}
		});
		expand(expansions, 2, depth, types, maxNodes, edgeDetails, fields);
		Map<String, Subgraph> result = new HashMap<>();
		expansions.forEach((root, expansion) -> result.put(root, expansion.toSubgraph()));
		return result;
	}

	private static void requireDepth(int depth) {
		if (depth < 1 || depth > MAX_DEPTH) {
			throw new IllegalArgumentException("depth must be between 1 and " + MAX_DEPTH);
		}
	}

	/** Expands every root's subgraph from level {@code from} to {@code depth}, one query per level. */
	private void expand(Map<String, Expansion> expansions, int from, int depth, List<String> types, int maxNodes,
			boolean edgeDetails, NodeFields fields) {
		for (int level = from; level < depth; level++) {
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
				return;
			}
			int rows = this.reads
				.list(EXPAND.get(new Shape(fields, edgeDetails)),
						Map.of("frontier", frontier, "types", types, "perNode", maxNodes, "limit", rowsWanted),
						(r) -> {
							expansions.get(r.get("root").asString()).add(r.get("step"));
							return r;
						})
				.size();
			if (rows == rowsWanted) {
				expansions.values().forEach(Expansion::markTruncated);
			}
			expansions.values().forEach(Expansion::advance);
		}
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

		/**
		 * Keeps the edges of one level's steps and the nodes they reach, then makes those nodes the frontier; the
		 * subgraph is truncated when the level read all of the {@code rowsWanted} rows it was allowed.
		 */
		void addLevel(List<Value> steps, int rowsWanted) {
			steps.forEach(this::add);
			if (steps.size() == rowsWanted) {
				this.truncated = true;
			}
			advance();
		}

		/** Keeps a step's edge, and the node at its other end unless the subgraph is full. */
		void add(Value step) {
			GraphNode other = EntityQueries.node(step);
			String at = step.get("edgeAt").asString();
			boolean out = step.get("edgeOut").asBoolean();
			GraphEdge edge = new GraphEdge(step.get("edgeType").asString(), out ? at : other.key(),
					out ? other.key() : at, GraphEdge.amount(step.get("edgeAmountCny")),
					step.get("edgeEvidence").asString(null), step.get("edgeDocument").asString(null), null);
			if (!this.nodes.containsKey(other.key())) {
				if (this.nodes.size() >= this.maxNodes) {
					this.truncated = true;
					return;
				}
				this.nodes.put(other.key(), other);
				this.reached.add(new Step(other, at));
			}
			this.edges.add(edge);
		}

		Subgraph toSubgraph() {
			return new Subgraph(List.copyOf(this.nodes.values()), List.copyOf(this.edges), this.truncated);
		}

	}

	/** A node to expand from, and the key of the node it was reached from (null for a root). */
	private record Step(GraphNode node, String parent) {

		Map<String, Object> parameter(String root) {
			Map<String, Object> parameter = new HashMap<>();
			parameter.put("root", root);
			parameter.put("key", this.node.key());
			parameter.put("task", this.node instanceof TaskNode);
			parameter.put("parent", this.parent);
			return parameter;
		}

	}

	/** What a statement reads: the nodes' fields, and whether edges carry their amount and provenance. */
	private record Shape(NodeFields fields, boolean edgeDetails) {

		/** The projection of one step, a node bound to {@code m} reached over an edge bound to {@code r}. */
		String step() {
			return this.fields.of("m", this.edgeDetails ? EDGE_WITH_DETAILS : EDGE);
		}

		/** One statement per shape, built once. */
		static Map<Shape, String> statements(Function<Shape, String> statement) {
			Map<Shape, String> statements = new HashMap<>();
			for (NodeFields fields : NodeFields.values()) {
				for (boolean edgeDetails : new boolean[] { false, true }) {
					Shape shape = new Shape(fields, edgeDetails);
					statements.put(shape, statement.apply(shape));
				}
			}
			return Map.copyOf(statements);
		}

	}

}
