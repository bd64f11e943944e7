package org.coopgraph.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.coopgraph.extract.gazetteer.Division;

/**
 * The hierarchy rows {@link GraphWriter} needs around the places a document adds or drops. Adding a place brings
 * its ancestors up to its province as nodes (created as needed, with the table's name and no mention) linked by
 * {@code IN_DIVISION}. Dropping one may leave ancestors that no document mentions and no place lies in: they go,
 * deepest first, so that a county's removal can free its city and then its province.
 */
final class DivisionRows {

	private final DivisionTree tree;

	DivisionRows(DivisionTree tree) {
		this.tree = tree;
	}

	/**
	 * One row per division among {@code keys} and their ancestors ({@code key, name, label, type, level, code,
	 * province, parent}), provinces first, so that a row's parent precedes it.
	 */
	List<Map<String, Object>> lineage(Collection<String> keys) {
		Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
		for (String key : keys) {
			Division division = this.tree.division(key);
			if (division == null) {
				continue;
			}
			String province = this.tree.provinceOf(division);
			List<Division> chain = new ArrayList<>(List.of(division));
			chain.addAll(this.tree.ancestors(division));
			for (int i = 0; i < chain.size(); i++) {
				Division d = chain.get(i);
				String parent = (i + 1 < chain.size()) ? chain.get(i + 1).code() : null;
				rows.putIfAbsent(d.code(), row(d, parent, province));
			}
		}
		List<Map<String, Object>> ordered = new ArrayList<>(rows.values());
		ordered.sort(Comparator.comparing((Map<String, Object> row) -> ((String) row.get("key")).length())
			.thenComparing((row) -> (String) row.get("key")));
		return ordered;
	}

	/**
	 * The nodes to check for removal after {@code touched} lost mentions, in rounds: the touched entities that are
	 * not divisions first, then divisions from villages up to provinces, each with the ancestors of touched ones.
	 */
	List<List<String>> pruneRounds(Collection<String> touched) {
		List<List<String>> rounds = new ArrayList<>();
		for (int i = 0; i <= Division.Level.values().length; i++) {
			rounds.add(new ArrayList<>());
		}
		Map<String, Boolean> seen = new HashMap<>();
		for (String key : touched) {
			Division division = this.tree.division(key);
			if (division == null) {
				rounds.get(0).add(key);
				continue;
			}
			for (Division d = division; d != null; d = parentOf(d)) {
				String code = d.code();
				if (seen.putIfAbsent(code, true) == null) {
					rounds.get(Division.Level.values().length - d.level().ordinal()).add(code);
				}
			}
		}
		return rounds;
	}

	private Division parentOf(Division division) {
		List<Division> ancestors = this.tree.ancestors(division);
		return ancestors.isEmpty() ? null : ancestors.get(0);
	}

	private static Map<String, Object> row(Division division, String parent, String province) {
		Map<String, Object> row = new HashMap<>();
		String code = division.code();
		row.put("key", code);
		row.put("code", code);
		row.put("name", division.name());
		row.put("label", DivisionTree.label(division));
		row.put("type", DivisionTree.type(division));
		row.put("level", division.level().name());
		row.put("province", province);
		row.put("parent", parent);
		return row;
	}

}
