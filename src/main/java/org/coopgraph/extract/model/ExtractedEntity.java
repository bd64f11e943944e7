package org.coopgraph.extract.model;

import java.util.List;

/**
 * An entity under its canonical name, with every surface form seen in the document as aliases. A place resolved to
 * one administrative division carries its official {@code code}; a place name that several divisions share and that
 * the context could not decide keeps {@code code} null and lists the divisions it may be in {@code candidates}.
 */
public record ExtractedEntity(String name, EntityType type, List<String> aliases, String code, List<String> candidates) {

	public ExtractedEntity {
		aliases = List.copyOf(aliases);
		candidates = List.copyOf(candidates);
	}

	/** An entity that is not a resolved division (no code, no candidates). */
	public ExtractedEntity(String name, EntityType type, List<String> aliases) {
		this(name, type, aliases, null, List.of());
	}

	/** Whether the name fits several divisions and nothing in the document chose one. */
	public boolean ambiguous() {
		return this.code == null && this.candidates.size() > 1;
	}

}
