package org.coopgraph.extract.stage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.coopgraph.extract.gazetteer.WordLists;
import org.coopgraph.extract.model.EntityType;

/**
 * Names written again without a part of their registered form: a firm without its legal form (某某集团股份有限公司 →
 * 某某集团), a zone without its rank (某市国家高新区 → 某市高新区). The parts are listed in resource
 * {@code name-short-forms.tsv}. Immutable and thread-safe.
 */
final class ShortForms {

	private static final WordLists WORDS = WordLists.load("/org/coopgraph/extract/name-short-forms.tsv");

	private static final List<String> LEGAL_FORMS = WORDS.list("legal-forms");

	private static final List<String> ZONE_RANKS = WORDS.list("zone-ranks");

	private ShortForms() {
	}

	/**
	 * For each entity whose name without a droppable part is the name of another entity of the same type: that short
	 * name to the full one. One lookup per name and part, not pairwise.
	 */
	static Map<String, String> of(Map<String, EntityType> types) {
		Map<String, String> out = new HashMap<>();
		for (var e : types.entrySet()) {
			String name = e.getKey();
			if (e.getValue() == EntityType.ENTERPRISE) {
				for (String form : LEGAL_FORMS) {
					if (name.endsWith(form)) {
						add(out, types, name.substring(0, name.length() - form.length()), name, e.getValue());
						break;
					}
				}
			}
			else if (e.getValue() == EntityType.PARK) {
				for (String rank : ZONE_RANKS) {
					int at = name.indexOf(rank);
					if (at > 0) {
						add(out, types, name.substring(0, at) + name.substring(at + rank.length()), name, e.getValue());
						break;
					}
				}
			}
		}
		return out;
	}

	private static void add(Map<String, String> out, Map<String, EntityType> types, String shortName, String full,
			EntityType type) {
		if (shortName.length() >= 4 && types.get(shortName) == type) {
			out.putIfAbsent(shortName, full);
		}
	}

}
