package org.coopgraph.extract.relation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.coopgraph.extract.Mention;
import org.coopgraph.extract.model.EntityType;
import org.coopgraph.extract.model.ExtractedRelation;
import org.coopgraph.extract.model.RelationType;

/**
 * A park whose name opens with the first characters of two cities the document pairs (甲市 and 乙市 paired, 甲乙产业合作园区)
 * is built by both: joint parks are named so in every province, which a table of abbreviations cannot list. A first
 * character that two of the document's cities share names neither. Runs after {@link PairingRule}.
 */
public final class CityInitialsRule implements RelationRule {

	@Override
	public void apply(RelationContext ctx) {
		Map<Character, String> initials = initials(ctx);
		if (initials.size() < 2) {
			return;
		}
		Set<String> done = new HashSet<>();
		for (Mention m : ctx.index().mentions()) {
			String name = m.canonical();
			if (m.type() != EntityType.PARK || !name.contains("园") || name.length() < 4 || !done.add(name)) {
				continue;
			}
			String a = initials.get(name.charAt(0));
			String b = initials.get(name.charAt(1));
			if (a != null && b != null && !a.equals(b) && paired(ctx, a, b)) {
				Sentence s = ctx.sentenceAt(m.start());
				if (s != null) {
					ctx.add(RelationType.CO_BUILDS, a, name, null, ctx.evidence(s), "city-initials");
					ctx.add(RelationType.CO_BUILDS, b, name, null, ctx.evidence(s), "city-initials");
				}
			}
		}
	}

	/** The document's cities by their first character, leaving out characters that several cities share. */
	private static Map<Character, String> initials(RelationContext ctx) {
		Map<Character, String> out = new HashMap<>();
		Set<Character> shared = new HashSet<>();
		for (String name : ctx.names()) {
			if (ctx.typeOf(name) != EntityType.CITY || name.isEmpty()) {
				continue;
			}
			String before = out.putIfAbsent(name.charAt(0), name);
			if (before != null && !before.equals(name)) {
				shared.add(name.charAt(0));
			}
		}
		shared.forEach(out::remove);
		return out;
	}

	private static boolean paired(RelationContext ctx, String a, String b) {
		for (ExtractedRelation r : ctx.relations()) {
			if (r.type() == RelationType.PAIRS_WITH
					&& (r.from().equals(a) && r.to().equals(b) || r.from().equals(b) && r.to().equals(a))) {
				return true;
			}
		}
		return false;
	}

}
