package org.coopgraph.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.internal.InternalNode;
import org.neo4j.driver.internal.InternalRecord;
import org.neo4j.driver.internal.InternalRelationship;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;

/**
 * Turns a row of an embedded query into the driver's {@link Record}, so that one set of row mappers serves both
 * ways of reading. Nodes and relationships are copied, as they are only valid inside their transaction. The driver
 * has no public constructors for records, nodes or relationships, hence its internal classes, confined to here.
 */
final class EmbeddedRecords {

	private EmbeddedRecords() {
	}

	static Record of(List<String> columns, Map<String, Object> row) {
		List<Value> values = new ArrayList<>(columns.size());
		for (String column : columns) {
			values.add(value(row.get(column)));
		}
		return new InternalRecord(columns, values);
	}

	@SuppressWarnings("deprecation") // the driver's types still carry the numeric ids next to the element ids
	private static Value value(Object value) {
		return switch (value) {
			case null -> Values.NULL;
			case Node node -> new InternalNode(node.getId(), node.getElementId(), labels(node),
					properties(node.getAllProperties())).asValue();
			case Relationship rel -> new InternalRelationship(rel.getId(), rel.getElementId(), rel.getStartNodeId(),
					rel.getStartNode().getElementId(), rel.getEndNodeId(), rel.getEndNode().getElementId(),
					rel.getType().name(), properties(rel.getAllProperties())).asValue();
			case Map<?, ?> map -> Values.value(nested(map));
			case List<?> list -> Values.value(list.stream().map(EmbeddedRecords::value).toList());
			default -> Values.value(value);
		};
	}

	private static List<String> labels(Node node) {
		List<String> labels = new ArrayList<>();
		for (Label label : node.getLabels()) {
			labels.add(label.name());
		}
		return labels;
	}

	private static Map<String, Value> properties(Map<String, Object> properties) {
		Map<String, Value> values = new LinkedHashMap<>();
		properties.forEach((key, property) -> values.put(key, Values.value(property)));
		return values;
	}

	private static Map<String, Object> nested(Map<?, ?> map) {
		Map<String, Object> values = new LinkedHashMap<>();
		map.forEach((key, entry) -> values.put((String) key, value(entry)));
		return values;
	}

}
