package org.coopgraph.graph.backup;

import java.lang.reflect.Array;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.function.Function;

import org.neo4j.graphdb.spatial.Point;
import org.neo4j.values.storable.CoordinateReferenceSystem;
import org.neo4j.values.storable.DurationValue;
import org.neo4j.values.storable.Values;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Property values as JSON, keeping the exact type the store holds, so that a restore stores what the backup read. A
 * string, a boolean and a long (what Cypher writes most) are plain JSON; every other value is
 * {@code {"type": T, "value": V}} with T one of {@link Kind}'s names, or that name with {@code []} for an array.
 * Floating-point numbers are written as Java prints them, which parses back to the same bits (NaN included).
 */
final class PropertyValues {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	/** A property type of the store, with its JSON form. */
	private enum Kind {

		STRING("string", String.class, (v) -> JSON.stringNode((String) v), JsonNode::stringValue),
		BOOLEAN("boolean", Boolean.class, (v) -> JSON.booleanNode((Boolean) v), JsonNode::booleanValue),
		LONG("long", Long.class, (v) -> JSON.numberNode((Long) v), JsonNode::longValue),
		INT("int", Integer.class, (v) -> JSON.numberNode((Integer) v), (j) -> (int) j.longValue()),
		SHORT("short", Short.class, (v) -> JSON.numberNode((Short) v), (j) -> (short) j.longValue()),
		BYTE("byte", Byte.class, (v) -> JSON.numberNode((Byte) v), (j) -> (byte) j.longValue()),
		DOUBLE("double", Double.class, (v) -> JSON.stringNode(v.toString()), (j) -> Double.valueOf(j.stringValue())),
		FLOAT("float", Float.class, (v) -> JSON.stringNode(v.toString()), (j) -> Float.valueOf(j.stringValue())),
		CHAR("char", Character.class, (v) -> JSON.stringNode(v.toString()), (j) -> j.stringValue().charAt(0)),
		DATE("date", LocalDate.class, (v) -> JSON.stringNode(v.toString()), (j) -> LocalDate.parse(j.stringValue())),
		LOCAL_TIME("localtime", LocalTime.class, (v) -> JSON.stringNode(v.toString()),
				(j) -> LocalTime.parse(j.stringValue())),
		TIME("time", OffsetTime.class, (v) -> JSON.stringNode(v.toString()), (j) -> OffsetTime.parse(j.stringValue())),
		LOCAL_DATETIME("localdatetime", LocalDateTime.class, (v) -> JSON.stringNode(v.toString()),
				(j) -> LocalDateTime.parse(j.stringValue())),
		DATETIME("datetime", ZonedDateTime.class, (v) -> JSON.stringNode(v.toString()),
				(j) -> ZonedDateTime.parse(j.stringValue())),
		DURATION("duration", DurationValue.class, (v) -> JSON.stringNode(v.toString()),
				(j) -> DurationValue.parse(j.stringValue())),
		POINT("point", Point.class, PropertyValues::point, PropertyValues::point);

		private final String typeName;

		private final Class<?> javaType;

		private final Function<Object, JsonNode> encoder;

		private final Function<JsonNode, Object> decoder;

		Kind(String typeName, Class<?> javaType, Function<Object, JsonNode> encoder,
				Function<JsonNode, Object> decoder) {
			this.typeName = typeName;
			this.javaType = javaType;
			this.encoder = encoder;
			this.decoder = decoder;
		}

		static Kind of(Class<?> type) {
			Class<?> boxed = type.isPrimitive() ? Array.get(Array.newInstance(type, 1), 0).getClass() : type;
			for (Kind kind : values()) {
				if (kind.javaType.isAssignableFrom(boxed)) {
					return kind;
				}
			}
			throw new IllegalArgumentException("A property of type " + type.getName() + " cannot be backed up");
		}

		static Kind named(String name) {
			for (Kind kind : values()) {
				if (kind.typeName.equals(name)) {
					return kind;
				}
			}
			throw new InvalidBackupException("unknown property type '" + name + "'");
		}

	}

	private PropertyValues() {
	}

	static JsonNode encode(Object value) {
		if (value instanceof String || value instanceof Boolean || value instanceof Long) {
			return Kind.of(value.getClass()).encoder.apply(value);
		}
		ObjectNode typed = JSON.objectNode();
		Class<?> type = value.getClass();
		if (type.isArray()) {
			Kind kind = Kind.of(type.getComponentType());
			ArrayNode items = typed.put("type", kind.typeName + "[]").putArray("value");
			for (int i = 0; i < Array.getLength(value); i++) {
				items.add(kind.encoder.apply(Array.get(value, i)));
			}
			return typed;
		}
		Kind kind = Kind.of(type);
		typed.put("type", kind.typeName).set("value", kind.encoder.apply(value));
		return typed;
	}

	static Object decode(JsonNode json) {
		if (json.isString()) {
			return json.stringValue();
		}
		if (json.isBoolean()) {
			return json.booleanValue();
		}
		if (json.isIntegralNumber()) {
			return json.longValue();
		}
		if (!json.isObject() || !json.path("type").isString() || !json.has("value")) {
			throw new InvalidBackupException("a property value is neither plain nor typed: " + json);
		}
		String type = json.get("type").stringValue();
		JsonNode value = json.get("value");
		if (!type.endsWith("[]")) {
			return Kind.named(type).decoder.apply(value);
		}
		Kind kind = Kind.named(type.substring(0, type.length() - 2));
		Class<?> component = primitive(kind);
		Object array = Array.newInstance(component, value.size());
		for (int i = 0; i < value.size(); i++) {
			Array.set(array, i, kind.decoder.apply(value.get(i)));
		}
		return array;
	}

	/** The component type the store uses for an array of {@code kind}: primitive where there is one. */
	private static Class<?> primitive(Kind kind) {
		return switch (kind) {
			case BOOLEAN -> boolean.class;
			case LONG -> long.class;
			case INT -> int.class;
			case SHORT -> short.class;
			case BYTE -> byte.class;
			case DOUBLE -> double.class;
			case FLOAT -> float.class;
			case CHAR -> char.class;
			default -> kind.javaType;
		};
	}

	private static JsonNode point(Object value) {
		Point point = (Point) value;
		ObjectNode json = JSON.objectNode();
		json.put("crs", point.getCRS().getCode());
		ArrayNode coordinates = json.putArray("coordinates");
		for (double coordinate : point.getCoordinate().getCoordinate()) {
			coordinates.add(JSON.stringNode(Double.toString(coordinate)));
		}
		return json;
	}

	private static Object point(JsonNode json) {
		JsonNode coordinates = json.path("coordinates");
		double[] values = new double[coordinates.size()];
		for (int i = 0; i < values.length; i++) {
			values[i] = Double.parseDouble(coordinates.get(i).stringValue());
		}
		return Values.pointValue(CoordinateReferenceSystem.get((int) json.path("crs").longValue()), values);
	}

}
