package org.coopgraph.api;

import java.util.List;

/** Data loader key for {@code Entity.relatedEntities}: the entity plus the field's arguments, so equal calls batch. */
record RelatedEntitiesKey(String entityKey, List<String> types, int offset, int limit) {

	RelatedEntitiesKey {
		types = (types != null) ? List.copyOf(types) : null;
	}

	/** The arguments alone: keys that share them are loaded by one query. */
	Page page() {
		return new Page(this.types, this.offset, this.limit);
	}

	record Page(List<String> types, int offset, int limit) {

	}

}
