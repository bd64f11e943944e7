package org.coopgraph.extract;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.coopgraph.extract.gazetteer.Division;
import org.coopgraph.extract.model.EntityType;
import org.coopgraph.extract.model.ExtractedEntity;

/**
 * The division codes that the mentions of one entity name, gathered into its {@code code} or its candidates. A
 * document has one entity per canonical name, so it resolves a name once: mentions that decided nothing take the
 * code the others decided; mentions that decided different divisions leave the entity ambiguous between those. Not
 * thread-safe: one per entity being built.
 */
public final class PlaceCodes {

	/** Code to the entity type of its division, for the mentions whose context decided the division. */
	private final Map<String, EntityType> decided = new LinkedHashMap<>();

	/** The same for the divisions that undecided mentions may name. */
	private final Map<String, EntityType> possible = new LinkedHashMap<>();

	/** Adds a mention's division, or the divisions it may name when its context did not decide. */
	public void add(Division division, List<Division> candidates) {
		if (division != null) {
			this.decided.putIfAbsent(division.code(), division.entityType());
		}
		else {
			candidates.forEach((d) -> this.possible.putIfAbsent(d.code(), d.entityType()));
		}
	}

	/** Adds what an entity extracted from another section of the same document says. */
	public void add(ExtractedEntity entity) {
		if (entity.code() != null) {
			this.decided.putIfAbsent(entity.code(), entity.type());
		}
		entity.candidates().forEach((code) -> this.possible.putIfAbsent(code, entity.type()));
	}

	/** The entity with the code its mentions agree on, or the candidates they leave open. */
	public ExtractedEntity entity(String name, EntityType type, List<String> aliases) {
		Set<String> codes = ofType(this.decided, type);
		if (codes.isEmpty()) {
			codes = ofType(this.possible, type);
		}
		if (codes.size() == 1) {
			return new ExtractedEntity(name, type, aliases, codes.iterator().next(), List.of());
		}
		return new ExtractedEntity(name, type, aliases, null, List.copyOf(codes));
	}

	private static Set<String> ofType(Map<String, EntityType> codes, EntityType type) {
		Set<String> out = new LinkedHashSet<>();
		codes.forEach((code, t) -> {
			if (t == type) {
				out.add(code);
			}
		});
		return out;
	}

}
