package org.coopgraph.extract.relation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.coopgraph.extract.Mention;
import org.coopgraph.extract.gazetteer.Division;
import org.coopgraph.extract.gazetteer.DivisionGazetteer;
import org.coopgraph.extract.model.EntityType;
import org.coopgraph.extract.model.ExtractedRelation;
import org.coopgraph.extract.model.RelationType;
import org.coopgraph.extract.text.Compact;

/**
 * A park that places of two cities build together (甲县乙县工业园区, 甲县 in 丙市, 乙县 in 丁市) is built by those two
 * cities too, when the document says that the two cities build parks together (丙市、丁市6个共建园区, 丙丁两市共建园区).
 */
public final class CoBuildingCitiesRule implements RelationRule {

	private final DivisionGazetteer gazetteer;

	public CoBuildingCitiesRule(DivisionGazetteer gazetteer) {
		this.gazetteer = gazetteer;
	}

	/** What follows two cities that build parks together: 6个共建园区, 两市共建园区. */
	private static final Pattern COLLECTIVE = Pattern.compile("^(两市|两地)?的?(\\d+|[一二三四五六七八九十两]+)?个?共建园区");

	@Override
	public void apply(RelationContext ctx) {
		Set<Set<String>> collective = collectiveBuilders(ctx);
		if (collective.isEmpty()) {
			return;
		}
		Map<String, Division> divisions = new HashMap<>();
		for (Mention m : ctx.index().mentions()) {
			if (m.division() != null) {
				divisions.putIfAbsent(m.canonical(), m.division());
			}
		}
		Map<String, List<ExtractedRelation>> builders = new LinkedHashMap<>();
		for (ExtractedRelation r : ctx.relations()) {
			if (r.type() == RelationType.CO_BUILDS) {
				builders.computeIfAbsent(r.to(), (k) -> new ArrayList<>()).add(r);
			}
		}
		for (var e : builders.entrySet()) {
			Set<String> cities = new LinkedHashSet<>();
			for (ExtractedRelation r : e.getValue()) {
				Division d = divisions.get(r.from());
				Division city = d == null || d.level() != Division.Level.COUNTY ? null
						: this.gazetteer.ancestor(d, Division.Level.CITY);
				if (city != null && ctx.typeOf(city.name()) != null) {
					cities.add(city.name());
				}
			}
			if (cities.size() == 2 && collective.contains(cities)) {
				for (String city : cities) {
					ctx.add(RelationType.CO_BUILDS, city, e.getKey(), null, e.getValue().get(0).evidence(),
							"co-building-cities");
				}
			}
		}
	}

	/** Pairs of cities the document says build parks together. */
	private static Set<Set<String>> collectiveBuilders(RelationContext ctx) {
		String text = ctx.text();
		Set<Set<String>> out = new HashSet<>();
		for (Sentence s : ctx.sentences()) {
			if (!s.text().contains("共建园区")) {
				continue;
			}
			List<Mention> ms = ctx.topLevel(s);
			for (int i = 0; i + 1 < ms.size(); i++) {
				Mention a = ms.get(i);
				Mention b = ms.get(i + 1);
				String gap = Compact.of(text.substring(a.end(), b.start()));
				String after = Compact.of(text.substring(b.end(), Math.min(s.end(), b.end() + 12)));
				if (a.type() == EntityType.CITY && b.type() == EntityType.CITY && gap.matches("[、和与]?")
						&& COLLECTIVE.matcher(after).find()) {
					out.add(Set.of(a.canonical(), b.canonical()));
				}
			}
		}
		return out;
	}

}
