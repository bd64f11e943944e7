package org.coopgraph.support;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.StreamSupport;

import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.ResourceIterable;
import org.neo4j.graphdb.Transaction;

/**
 * A whole database as sorted lines of text, one per node and relationship, with each property's Java type as the
 * embedded API returns it, a relationship naming its end nodes by their labels and properties: two loads stored the
 * same graph exactly when their snapshots are equal.
 */
public final class GraphSnapshot {

	private GraphSnapshot() {
	}

	public static List<String> of(GraphDatabaseService database) {
		List<String> lines = new ArrayList<>();
		try (Transaction tx = database.beginTx()) {
			try (ResourceIterable<Node> nodes = tx.getAllNodes()) {
				for (Node node : nodes) {
					lines.add("node " + describe(node));
				}
			}
			try (ResourceIterable<Relationship> relationships = tx.getAllRelationships()) {
				for (Relationship r : relationships) {
					lines.add("rel " + describe(r.getStartNode()) + " -" + r.getType().name() + "-> "
							+ describe(r.getEndNode()) + " " + properties(r));
				}
			}
		}
		return lines.stream().sorted().toList();
	}

	/** A node by its sorted labels and typed properties, whatever they are. */
	private static String describe(Node node) {
		List<String> labels = StreamSupport.stream(node.getLabels().spliterator(), false)
			.map(Object::toString)
			.sorted()
			.toList();
		return labels + " " + properties(node);
	}

	private static Map<String, String> properties(Entity entity) {
		Map<String, String> typed = new TreeMap<>();
		entity.getAllProperties().forEach((name, value) -> typed.put(name, typed(value)));
		return typed;
	}

	private static String typed(Object value) {
		if (!value.getClass().isArray()) {
			return value.getClass().getSimpleName() + ":" + value;
		}
		List<Object> items = new ArrayList<>();
		for (int i = 0; i < Array.getLength(value); i++) {
			items.add(Array.get(value, i));
		}
		return value.getClass().getSimpleName() + ":" + items;
	}

}
