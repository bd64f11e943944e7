package org.coopgraph.bench.bulk;

import java.util.List;
import java.util.Map;

import org.neo4j.graphdb.Entity;

/**
 * Sets row properties on nodes and relationships through the embedded API with the types that Cypher would store
 * for the same values sent over Bolt: integers as {@code long}, floating point as {@code double}, lists as typed
 * arrays, and no property at all for {@code null}. Without this the embedded path would store {@code int} where the
 * Cypher path stores {@code long}, and downstream readers would see different graphs.
 */
final class StoredValues {

	private StoredValues() {
	}

	/** Sets every non-null entry of {@code properties} on {@code entity}. */
	static void setAll(Entity entity, Map<String, Object> properties) {
		properties.forEach((name, value) -> {
			if (value != null) {
				entity.setProperty(name, stored(value));
			}
		});
	}

	static Object stored(Object value) {
		return switch (value) {
			case Integer i -> i.longValue();
			case Short s -> s.longValue();
			case Byte b -> b.longValue();
			case Float f -> f.doubleValue();
			case List<?> list -> array(list);
			default -> value;
		};
	}

	/** A list as the array Cypher stores: homogeneous, and an empty list as an empty {@code String[]}. */
	private static Object array(List<?> list) {
		if (list.stream().allMatch(String.class::isInstance)) {
			return list.toArray(String[]::new);
		}
		if (list.stream().allMatch((e) -> e instanceof Integer || e instanceof Long || e instanceof Short
				|| e instanceof Byte)) {
			return list.stream().mapToLong((e) -> ((Number) e).longValue()).toArray();
		}
		if (list.stream().allMatch((e) -> e instanceof Double || e instanceof Float)) {
			return list.stream().mapToDouble((e) -> ((Number) e).doubleValue()).toArray();
		}
		if (list.stream().allMatch(Boolean.class::isInstance)) {
			boolean[] flags = new boolean[list.size()];
			for (int i = 0; i < flags.length; i++) {
				flags[i] = (Boolean) list.get(i);
			}
			return flags;
		}
		throw new IllegalArgumentException("a property list must hold values of one type, got " + list);
	}

}
