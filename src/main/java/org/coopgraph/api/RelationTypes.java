package org.coopgraph.api;

import java.util.List;

/** The relationship types a client may ask for, and the default when it names none. */
final class RelationTypes {

	static final List<String> FACTS = List.of("PAIRS_WITH", "RESPONSIBLE_FOR", "LEADS", "CO_RESPONSIBLE", "FUNDS",
			"LOCATED_IN", "CO_BUILDS");

	private RelationTypes() {
	}

	static List<String> orAll(List<String> types) {
		return (types == null || types.isEmpty()) ? FACTS : types;
	}

}
