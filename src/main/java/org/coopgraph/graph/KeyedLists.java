package org.coopgraph.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The result shape of batched reads: one (possibly empty) list per requested key, in request order. */
final class KeyedLists {

	private KeyedLists() {
	}

	static <T> Map<String, List<T>> of(Collection<String> keys) {
		Map<String, List<T>> byKey = new LinkedHashMap<>();
		keys.forEach((k) -> byKey.put(k, new ArrayList<>()));
		return byKey;
	}

}
