package org.coopgraph.extract;

import java.util.List;

import org.coopgraph.extract.gazetteer.Division;
import org.coopgraph.extract.model.EntityType;

/**
 * A span of the text naming an entity: {@code [start, end)}, the surface form, its type and canonical name, the
 * division when it is a place, and the {@code source} stage or rule that claimed it. A place name that several
 * divisions share and that its context did not decide has no {@code division} and lists them in {@code candidates}.
 */
public record Mention(String surface, int start, int end, EntityType type, String canonical, Division division,
		String source, List<Division> candidates) {

	public Mention {
		candidates = List.copyOf(candidates);
	}

	/** A mention with its division decided, or of no place at all. */
	public Mention(String surface, int start, int end, EntityType type, String canonical, Division division,
			String source) {
		this(surface, start, end, type, canonical, division, source, List.of());
	}

}
