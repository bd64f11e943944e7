package org.coopgraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.coopgraph.extract.gazetteer.Division;
import org.coopgraph.extract.model.ExtractedEntity;

/**
 * The row of one entity a document mentions, as {@link GraphWriter} stores it: {@code key}, {@code name},
 * {@code label}, {@code type}, {@code aliases}, and for places {@code code}, {@code level}, {@code province} (the
 * province's code) or, for a name several divisions share, {@code candidates} (their codes). A place whose code the
 * division table has is keyed by that code; a place it lacks, or one left ambiguous, keeps its name as key and no code.
 */
final class EntityRow {

	private EntityRow() {
	}

	/** The row of {@code entity}; {@code divisions} may be null for entities that are never places. */
	static Map<String, Object> of(ExtractedEntity entity, DivisionTree divisions) {
		Division division = (divisions != null) ? divisions.division(entity.code()) : null;
		Map<String, Object> row = new HashMap<>();
		row.put("name", entity.name());
		row.put("aliases", aliases(entity.name(), entity.aliases()));
		if (division == null) {
			row.put("key", entity.name());
			row.put("label", entity.type().label());
			row.put("type", entity.type().name());
			row.put("level", null);
			row.put("code", null);
			row.put("province", null);
			row.put("candidates", (divisions != null) ? candidates(entity.candidates(), divisions) : List.of());
			return row;
		}
		String code = division.code();
		row.put("key", code);
		row.put("label", DivisionTree.label(division));
		row.put("type", DivisionTree.type(division));
		row.put("level", division.level().name());
		row.put("code", code);
		row.put("province", divisions.provinceOf(division));
		row.put("candidates", List.of());
		return row;
	}

	/** Adds the name and aliases of {@code other}, another name of the same node, to the aliases of {@code row}. */
	@SuppressWarnings("unchecked")
	static void addAliases(Map<String, Object> row, Map<String, Object> other) {
		List<String> forms = new ArrayList<>((List<String>) row.get("aliases"));
		forms.add((String) other.get("name"));
		forms.addAll((List<String>) other.get("aliases"));
		row.put("aliases", aliases((String) row.get("name"), forms));
	}

	private static List<String> aliases(String name, List<String> written) {
		Set<String> forms = new LinkedHashSet<>(written);
		forms.remove(name);
		return List.copyOf(forms);
	}

	private static List<String> candidates(List<String> codes, DivisionTree divisions) {
		return codes.stream()
			.map(divisions::division)
			.filter(Objects::nonNull)
			.map(Division::code)
			.distinct()
			.toList();
	}

}
