package org.coopgraph.api;

import java.util.List;

import org.coopgraph.graph.NodeFields;

/** Data loader key for {@code Entity.related}: the entity plus the field's arguments, so equal calls batch. */
record RelatedKey(String entityKey, List<String> types, String direction, int offset, int limit, NodeFields fields) {

	RelatedKey {
		types = (types != null) ? List.copyOf(types) : null;
	}

	/** The same page of another entity's facts. */
	RelatedKey of(String otherEntityKey) {
		return new RelatedKey(otherEntityKey, this.types, this.direction, this.offset, this.limit, this.fields);
	}

	/** The arguments alone: keys that share them are loaded by one query. */
	Filter filter() {
		return new Filter(this.types, this.direction, this.offset, this.limit, this.fields);
	}

	record Filter(List<String> types, String direction, int offset, int limit, NodeFields fields) {

	}

}
