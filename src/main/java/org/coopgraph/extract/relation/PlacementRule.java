package org.coopgraph.extract.relation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.coopgraph.extract.Mention;
import org.coopgraph.extract.gazetteer.CharTrie;
import org.coopgraph.extract.gazetteer.Division;
import org.coopgraph.extract.gazetteer.DivisionGazetteer;
import org.coopgraph.extract.model.EntityType;
import org.coopgraph.extract.model.ExtractedTask;
import org.coopgraph.extract.model.RelationType;

/**
 * LOCATED_IN and CO_BUILDS: from the division hierarchy (a town in its county, a county named in full in its city),
 * from place names that open a park or project name (江阴灌云工业园区: built by both, located in the second; 洋县（如皋）
 * 产业园: located outside the brackets), from 我市的X and P的X, and from 共建 statements, which make the main pair build
 * the parks they name.
 */
public final class PlacementRule implements RelationRule {

	private static final Pattern CO_BUILD_CONTEXT = Pattern.compile("共建|(两地|两市).{0,8}合作");

	private final DivisionGazetteer gazetteer;

	private final Map<Character, String> cityAbbreviations;

	public PlacementRule(DivisionGazetteer gazetteer, Map<Character, String> cityAbbreviations) {
		this.gazetteer = gazetteer;
		this.cityAbbreviations = cityAbbreviations;
	}

	@Override
	public void apply(RelationContext ctx) {
		hierarchy(ctx);
		Set<String> named = new HashSet<>();
		for (Sentence s : ctx.sentences()) {
			List<Mention> all = ctx.all(s);
			for (Mention m : all) {
				if ((m.type() == EntityType.PARK || m.type() == EntityType.PROJECT) && named.add(m.canonical())) {
					fromName(ctx, m, s);
				}
			}
			possessive(ctx, s, ctx.topLevel(s));
			if (CO_BUILD_CONTEXT.matcher(s.text()).find() || insideCoBuildTask(ctx, s)) {
				mainPairBuilds(ctx, s, all);
			}
		}
	}

	private void hierarchy(RelationContext ctx) {
		Set<String> done = new HashSet<>();
		Set<String> fullNamed = new HashSet<>();
		for (Mention m : ctx.index().mentions()) {
			if (m.division() != null && m.surface().equals(m.division().name())) {
				fullNamed.add(m.canonical());
			}
		}
		for (Mention m : ctx.index().mentions()) {
			Division d = m.division();
			if (d == null || !done.add(m.canonical()) || d.level() == Division.Level.CITY) {
				continue;
			}
			if (d.level() == Division.Level.COUNTY && !fullNamed.contains(m.canonical())) {
				continue;
			}
			for (Division p = this.gazetteer.parent(d); p != null && p.level() != Division.Level.PROVINCE; p = this.gazetteer.parent(p)) {
				if (ctx.typeOf(p.name()) != null) {
					Sentence s = ctx.sentenceAt(m.start());
					if (s != null) {
						ctx.add(RelationType.LOCATED_IN, m.canonical(), p.name(), null, ctx.evidence(s), "division-hierarchy");
					}
					break;
				}
			}
		}
	}

	/** Places that open a park or project name: co-builders when two or more, the last unbracketed one its location. */
	private void fromName(RelationContext ctx, Mention m, Sentence s) {
		String name = m.canonical();
		List<String> places = new ArrayList<>();
		String located = null;
		int i = 0;
		boolean bracketed = false;
		while (i < name.length()) {
			char c = name.charAt(i);
			if (c == '（' || c == '(') {
				bracketed = true;
				i++;
				continue;
			}
			if (c == '）' || c == ')') {
				bracketed = false;
				i++;
				continue;
			}
			Division d = longestPlace(name, i, ctx);
			if (d != null) {
				String canonical = ctx.ensurePlace(d, name.substring(i, i + lengthOf(name, i, d)));
				if (!places.contains(canonical)) {
					places.add(canonical);
				}
				if (!bracketed) {
					located = canonical;
				}
				i += lengthOf(name, i, d);
				continue;
			}
			if (i + 1 < name.length() && places.isEmpty() && this.cityAbbreviations.containsKey(c)
					&& this.cityAbbreviations.containsKey(name.charAt(i + 1)) && c != name.charAt(i + 1)) {
				for (char a : new char[] { c, name.charAt(i + 1) }) {
					Division city = cityNamed(this.cityAbbreviations.get(a));
					if (city != null) {
						located = ctx.ensurePlace(city, null);
						places.add(located);
					}
				}
				i += 2;
				continue;
			}
			break;
		}
		if (located != null) {
			ctx.add(RelationType.LOCATED_IN, name, located, null, ctx.evidence(s), "name-prefix");
		}
		if (places.size() >= 2 && m.type() == EntityType.PARK || places.size() >= 2 && name.contains("园")) {
			for (String p : places) {
				ctx.add(RelationType.CO_BUILDS, p, name, null, ctx.evidence(s), "name-prefix");
			}
		}
	}

	private Division longestPlace(String name, int i, RelationContext ctx) {
		for (CharTrie<Division> trie : List.of(this.gazetteer.fullNames(), this.gazetteer.bareNames())) {
			List<CharTrie.Hit<Division>> hits = trie.matchesAt(name, i);
			for (CharTrie.Hit<Division> h : hits) {
				for (Division d : h.values()) {
					if (d.entityType() != null && ctx.typeOf(d.name()) != null) {
						return d;
					}
				}
			}
		}
		return null;
	}

	private int lengthOf(String name, int i, Division d) {
		return name.startsWith(d.name(), i) ? d.name().length() : d.bareName().length();
	}

	private Division cityNamed(String name) {
		return this.gazetteer.fullNames().get(name).stream().filter((d) -> d.level() == Division.Level.CITY).findFirst().orElse(null);
	}

	/** 我市的X, 在P的X, P的X: the park or project X lies in P. */
	private static void possessive(RelationContext ctx, Sentence s, List<Mention> ms) {
		String text = ctx.text();
		for (Mention x : ms) {
			if (x.type() != EntityType.PARK && x.type() != EntityType.PROJECT) {
				continue;
			}
			int p = x.start();
			if (p >= 1 && text.charAt(p - 1) == '的') {
				p--;
			}
			if (p >= 2 && text.startsWith("我市", p - 2) && ctx.extraction().context().homeCity() != null) {
				ctx.add(RelationType.LOCATED_IN, x.canonical(), ctx.extraction().context().homeCity().name(), null,
						ctx.evidence(s), "possessive");
				continue;
			}
			if (p == x.start()) {
				continue;
			}
			for (Mention m : ms) {
				if (m.end() == p && m.division() != null) {
					ctx.add(RelationType.LOCATED_IN, x.canonical(), m.canonical(), null, ctx.evidence(s), "possessive");
				}
			}
		}
	}

	private static boolean insideCoBuildTask(RelationContext ctx, Sentence s) {
		ExtractedTask t = ctx.taskAt(s.start());
		return t != null && t.text().contains("共建");
	}

	private static void mainPairBuilds(RelationContext ctx, Sentence s, List<Mention> all) {
		if (ctx.helper() == null) {
			return;
		}
		for (Mention m : all) {
			if (m.type() != EntityType.PARK && m.type() != EntityType.PROJECT || !m.canonical().contains("园")
					&& !m.canonical().contains("基地")) {
				continue;
			}
			long builders = ctx.relations()
				.stream()
				.filter((r) -> r.type() == RelationType.CO_BUILDS && r.to().equals(m.canonical()))
				.count();
			if (builders >= 2) {
				continue;
			}
			ctx.add(RelationType.CO_BUILDS, ctx.helper(), m.canonical(), null, ctx.evidence(s), "co-build-statement");
			ctx.add(RelationType.CO_BUILDS, ctx.helped(), m.canonical(), null, ctx.evidence(s), "co-build-statement");
		}
	}

}
