package org.coopgraph.extract.model;

import java.util.List;

/**
 * An entity under its canonical name, with every surface form seen in the document as aliases.
 */
public record ExtractedEntity(String name, EntityType type, List<String> aliases) {

	public ExtractedEntity {
		aliases = List.copyOf(aliases);
	}

}
