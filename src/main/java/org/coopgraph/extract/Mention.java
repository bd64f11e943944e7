package org.coopgraph.extract;

import org.coopgraph.extract.gazetteer.Division;
import org.coopgraph.extract.model.EntityType;

/**
 * A span of the text naming an entity: {@code [start, end)}, the surface form, its type and canonical name, the
 * division when it is a place, and the {@code source} stage or rule that claimed it.
 */
public record Mention(String surface, int start, int end, EntityType type, String canonical, Division division,
		String source) {

}
