package org.coopgraph.api;

import java.util.List;

import org.coopgraph.graph.FactTypes;

/** The relationship types a client may ask for, and the default when it names none. */
final class RelationTypes {

	private RelationTypes() {
	}

	static List<String> orAll(List<String> types) {
		return (types == null || types.isEmpty()) ? FactTypes.NAMES : types;
	}

}
