package org.coopgraph.extract.relation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.coopgraph.extract.Mention;
import org.coopgraph.extract.gazetteer.CharTrie;
import org.coopgraph.extract.gazetteer.Division;
import org.coopgraph.extract.gazetteer.DivisionGazetteer;
import org.coopgraph.extract.model.EntityType;
import org.coopgraph.extract.model.ExtractedTask;
import org.coopgraph.extract.model.RelationType;
import org.coopgraph.extract.text.Joiners;
import org.coopgraph.extract.text.LeadingChars;

/**
 * LOCATED_IN and CO_BUILDS: from the division hierarchy (a town in its county, a county named in full in its city),
 * from place names that open a park or project name (江阴灌云工业园区: built by both, located in the second; a name with
 * a place in brackets lies in the helped side, an enclave (飞地) in the helper), from 我市的X and P的X, and from 共建
 * statements, which make the main pair build the parks they govern. A name that a siting statement placed
 * ({@link SitingRule}) keeps that place.
 */
public final class PlacementRule implements RelationRule {

	static final Pattern CO_BUILD_CONTEXT = Pattern
		.compile("共建|(两地|两市).{0,8}合作|(双方|两地|两市|两区|两县).{0,4}共同(建设|构建|打造)");

	/** Where a co-building statement can start; PlacementRuleTests proves it against {@link #CO_BUILD_CONTEXT}. */
	static final LeadingChars CO_BUILD_START = LeadingChars.of("共两双");

	/** Names of routes: roads, railways, waterways and corridors. */
	private static final Pattern ROUTE = Pattern.compile(".*(高速|公路|铁路|高铁|城际|航道|运河|通道|管道|大道|线)(改扩建|新建|扩建)?(工程|项目)?$");

	private final DivisionGazetteer gazetteer;

	private final Map<Character, String> cityAbbreviations;

	private final RelationWords words;

	public PlacementRule(DivisionGazetteer gazetteer, Map<Character, String> cityAbbreviations, RelationWords words) {
		this.gazetteer = gazetteer;
		this.cityAbbreviations = cityAbbreviations;
		this.words = words;
	}

	@Override
	public void apply(RelationContext ctx) {
		hierarchy(ctx);
		localUnits(ctx);
		Set<String> named = new HashSet<>();
		Map<String, String> stems = zoneStems(ctx);
		for (Sentence s : ctx.sentences()) {
			List<Mention> all = ctx.all(s);
			if (all.isEmpty()) {
				continue;
			}
			for (Mention m : all) {
				if ((m.type() == EntityType.PARK || m.type() == EntityType.PROJECT) && named.add(m.canonical())) {
					fromName(ctx, m, s, stems);
				}
			}
			possessive(ctx, s, ctx.topLevel(s));
			if (coBuildContext(s.text()) || insideCoBuildTask(ctx, s)) {
				mainPairBuilds(ctx, s, all);
			}
		}
	}

	/** Whether the sentence speaks of building together; the matcher only runs where a statement can start. */
	private static boolean coBuildContext(String sentence) {
		return CO_BUILD_START.find(CO_BUILD_CONTEXT.matcher(sentence), sentence, 0);
	}

	private void hierarchy(RelationContext ctx) {
		Set<String> done = new HashSet<>();
		Set<String> fullNamed = new HashSet<>();
		for (Mention m : ctx.index().mentions()) {
			if (m.division() != null && m.surface().equals(m.division().name())) {
				fullNamed.add(m.canonical());
			}
		}
		Set<String> writtenWithParent = writtenWithParent(ctx);
		Division homeCity = ctx.extraction().context().homeCity();
		Division home = ctx.extraction().context().home();
		for (Mention m : ctx.index().mentions()) {
			Division d = m.division();
			if (d == null || !done.add(m.canonical()) || d.level() == Division.Level.CITY) {
				continue;
			}
			if (d.level() == Division.Level.COUNTY && !fullNamed.contains(m.canonical())) {
				continue;
			}
			// Village names repeat from town to town, so a village is placed only where its town is written with it;
			// another city's districts (a partner's home districts named in passing), and in a county's own document
			// the other counties of its city, only where that city is: a city's document speaks for its counties, a
			// county's only for itself.
			boolean foreignDistrict = d.level() == Division.Level.COUNTY && homeCity != null
					&& (!homeCity.equals(this.gazetteer.parent(d)) || home != null
							&& home.level() == Division.Level.COUNTY && !home.equals(d));
			if ((d.level() == Division.Level.VILLAGE || foreignDistrict) && !writtenWithParent.contains(m.canonical())) {
				continue;
			}
			// A village goes to its town only: the county above says little the document did not.
			Division.Level top = d.level() == Division.Level.VILLAGE ? Division.Level.COUNTY : Division.Level.PROVINCE;
			for (Division p = this.gazetteer.parent(d); p != null && p.level() != top; p = this.gazetteer.parent(p)) {
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

	/** Divisions written right after their parent (长桥街道龙桥社区, 苏州吴中区), by canonical name. */
	private Set<String> writtenWithParent(RelationContext ctx) {
		Set<String> out = new HashSet<>();
		Mention previous = null;
		for (Mention m : ctx.index().mentions()) {
			if (previous != null && m.division() != null && previous.division() != null && previous.end() == m.start()
					&& previous.division().equals(this.gazetteer.parent(m.division()))) {
				out.add(m.canonical());
			}
			if (previous == null || m.start() >= previous.end()) {
				previous = m;
			}
		}
		return out;
	}

	/**
	 * Units of the issuing place's own activity table: a town or development zone named without a place lies in the
	 * home place, and a village the gazetteer does not know, named in a town's rows, lies in that town.
	 */
	private void localUnits(RelationContext ctx) {
		Division home = ctx.extraction().context().home();
		Set<String> withDivision = new HashSet<>();
		for (Mention m : ctx.index().mentions()) {
			if (m.division() != null) {
				withDivision.add(m.canonical());
			}
		}
		for (ExtractedTask t : ctx.extraction().tasks()) {
			for (String unit : t.responsible()) {
				EntityType type = ctx.typeOf(unit);
				boolean zone = type == EntityType.PARK && unit.matches(".*(新区|开发区|高新区)$");
				if (home != null && !withDivision.contains(unit) && (type == EntityType.TOWN || zone)
						&& startsWithoutPlace(unit, ctx)) {
					ctx.add(RelationType.LOCATED_IN, unit, zone ? cityOf(ctx) : home.name(), null, t.evidence(), "local-unit");
				}
			}
			if (!t.id().startsWith("A.") || t.responsible().size() != 1 || ctx.typeOf(t.responsible().get(0)) != EntityType.TOWN) {
				continue;
			}
			String town = t.responsible().get(0);
			for (Mention m : ctx.index().mentionsIn(t.evidence().start(), t.evidence().end())) {
				if (m.type() == EntityType.VILLAGE && !placedInDocument(ctx, m)) {
					Sentence s = ctx.sentenceAt(m.start());
					ctx.add(RelationType.LOCATED_IN, m.canonical(), town, null, s == null ? t.evidence() : ctx.evidence(s),
							"activity-row");
				}
			}
		}
	}

	/** Whether the gazetteer puts this village in a town the document names. */
	private boolean placedInDocument(RelationContext ctx, Mention village) {
		Division d = village.division();
		Division town = d == null ? null : this.gazetteer.parent(d);
		return town != null && ctx.typeOf(town.name()) != null;
	}

	private static String cityOf(RelationContext ctx) {
		Division city = ctx.extraction().context().homeCity();
		return city == null ? null : city.name();
	}

	private boolean startsWithoutPlace(String name, RelationContext ctx) {
		return longestPlace(name, 0, ctx) == null;
	}

	/**
	 * Places that open a park or project name (after a province, which says nothing of where): co-builders when two or
	 * more; its location the last unbracketed one, or the host of a bracketed name.
	 */
	private void fromName(RelationContext ctx, Mention m, Sentence s, Map<String, String> stems) {
		String name = m.canonical();
		String container = longestContainingPark(ctx, name);
		if (container == null) {
			container = zoneNamedAtStart(stems, name);
		}
		if (container != null) {
			// 赣榆港区10万吨级散货泊位 lies in 赣榆港区, which in turn lies where its own name says.
			ctx.add(RelationType.LOCATED_IN, name, container, null, ctx.evidence(s), "name-prefix");
			return;
		}
		if (ROUTE.matcher(name).matches()) {
			// 宁杭高速, 苏锡运河: the places a route's name opens with are its ends; it lies in neither.
			return;
		}
		if (!m.surface().isEmpty() && "省市县".indexOf(m.surface().charAt(0)) >= 0
				|| name.length() > m.surface().length() && name.endsWith(m.surface())) {
			// 市图书馆, 综保区: the place was supplied from the document's home, not written; the name states nothing.
			return;
		}
		List<String> places = new ArrayList<>();
		Division previous = null;
		String located = null;
		String inBrackets = null;
		int i = provinceLength(name);
		boolean bracketed = false;
		boolean joined = false;
		while (i < name.length()) {
			char c = name.charAt(i);
			if (!places.isEmpty() && Joiners.is(c)) {
				// 甲—乙山海协作产业园: a joint name says who builds it, not where it lies.
				joined = true;
				i++;
				continue;
			}
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
				if (previous != null && !places.isEmpty() && this.gazetteer.contains(previous, d)
						&& (name.startsWith(d.name(), i) || ZONE_ENDING.matcher(name).find())) {
					// 甲市乙区产业园: a chain, the inner place written in full, names one builder, its innermost place;
					// 甲乙产业园, both bare, is a joint name even when 乙 lies in 甲, but not a development zone
					// (甲乙经济开发区), which one place runs.
					places.remove(places.size() - 1);
				}
				if (!places.contains(canonical)) {
					places.add(canonical);
				}
				previous = d;
				if (!bracketed) {
					located = canonical;
				}
				else if (inBrackets == null) {
					inBrackets = canonical;
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
		if (inBrackets == null) {
			inBrackets = trailingBracketPlace(name, ctx);
		}
		String host = inBrackets == null ? located : hostOfBracketedName(ctx, m, located, inBrackets);
		if (host != null && !joined && !ctx.sited(name)) {
			ctx.add(RelationType.LOCATED_IN, name, host, null, ctx.evidence(s), "name-prefix");
		}
		// 甲乙工业园区 is built by both places; 甲新材料共建基地 says outright that its one place builds it.
		if (places.size() >= 2 && m.type() == EntityType.PARK || places.size() >= 2 && name.contains("园")
				|| places.size() == 1 && name.contains("共建")) {
			for (String p : places) {
				ctx.add(RelationType.CO_BUILDS, p, name, null, ctx.evidence(s), "name-prefix");
			}
		}
	}

	/**
	 * A name with a place in brackets names two sides, either of which may be the host: 洋县（如皋）产业园 lies in the
	 * helped side, a 飞地 (an enclave that the helped side runs in the helper's land, 乙创新岛（甲）) in the helper.
	 * Without a main pair among them, the place outside the brackets.
	 */
	private String hostOfBracketedName(RelationContext ctx, Mention m, String outside, String inBrackets) {
		String side = enclave(ctx, m) ? ctx.helper() : ctx.helped();
		if (side != null && (side.equals(outside) || side.equals(inBrackets))) {
			return side;
		}
		return outside;
	}

	/** Whether the park is called an enclave, in its name or right before it (“科创飞地”——X). */
	private boolean enclave(RelationContext ctx, Mention m) {
		String before = ctx.text().substring(Math.max(0, m.start() - ENCLAVE_REACH), m.start());
		return this.words.any(RelationWords.Kind.ENCLAVE, m.canonical()) || this.words.any(RelationWords.Kind.ENCLAVE, before);
	}

	private static final int ENCLAVE_REACH = 8;

	/** The place a name ends with in brackets (乙创新岛（甲）), or {@code null}. */
	private String trailingBracketPlace(String name, RelationContext ctx) {
		Matcher b = TRAILING_BRACKET.matcher(name);
		if (!b.find()) {
			return null;
		}
		String inner = b.group(1);
		for (CharTrie<Division> trie : List.of(this.gazetteer.fullNames(), this.gazetteer.bareNames())) {
			for (Division d : trie.get(inner)) {
				if (d.entityType() != null && ctx.typeOf(d.name()) != null) {
					return d.name();
				}
			}
		}
		return null;
	}

	private static final Pattern TRAILING_BRACKET = Pattern.compile("[（(]([^（）()]{2,8})[）)]$");

	/** The length of a province that opens a name (广西某县产业园): it says nothing of where in it the park lies. */
	private int provinceLength(String name) {
		for (CharTrie<Division> trie : List.of(this.gazetteer.fullNames(), this.gazetteer.bareNames())) {
			for (CharTrie.Hit<Division> h : trie.matchesAt(name, 0)) {
				// 上海 is a province and a city: only a province that is nothing else is skipped.
				if (h.end() < name.length() && h.values().stream().allMatch((d) -> d.level() == Division.Level.PROVINCE)) {
					return h.end();
				}
			}
		}
		return 0;
	}

	private static final Pattern ZONE_ENDING = Pattern.compile("(经济技术开发区|经济开发区|高新技术产业开发区|开发区|高新区|新区)$");

	/** Development zones by their words without ending and leading place (某市甲乙新区 → 甲乙), read once per document. */
	private Map<String, String> zoneStems(RelationContext ctx) {
		Map<String, String> stems = new HashMap<>();
		for (var e : ctx.extraction().entities()) {
			if (e.type() != EntityType.PARK) {
				continue;
			}
			List<String> forms = new ArrayList<>(e.aliases());
			forms.add(e.name());
			for (String form : forms) {
				Matcher m = ZONE_ENDING.matcher(form);
				if (!m.find()) {
					continue;
				}
				Division place = longestPlace(form, 0, ctx);
				int from = place == null ? 0 : lengthOf(form, 0, place);
				if (m.start() - from >= 2 && m.start() - from <= 4) {
					stems.putIfAbsent(form.substring(from, m.start()), e.name());
				}
			}
		}
		return stems;
	}

	/** 甲乙港区 in 甲乙新区: a name that opens with the words of a development zone lies in that zone. */
	private static String zoneNamedAtStart(Map<String, String> stems, String name) {
		if (name.length() < 4 || ZONE_ENDING.matcher(name).find()) {
			return null;
		}
		for (int len = 2; len <= 4 && len < name.length(); len++) {
			String zone = stems.get(name.substring(0, len));
			if (zone != null && !zone.equals(name)) {
				return zone;
			}
		}
		return null;
	}

	private static String longestContainingPark(RelationContext ctx, String name) {
		String best = null;
		for (String other : ctx.names()) {
			if (other.length() < name.length() && other.length() >= 3 && name.startsWith(other)
					&& ctx.typeOf(other) == EntityType.PARK && (best == null || other.length() > best.length())) {
				best = other;
			}
		}
		return best;
	}

	private Division longestPlace(String name, int i, RelationContext ctx) {
		for (CharTrie<Division> trie : List.of(this.gazetteer.fullNames(), this.gazetteer.bareNames())) {
			List<CharTrie.Hit<Division>> hits = trie.matchesAt(name, i);
			for (CharTrie.Hit<Division> h : hits) {
				if (i == 0 && h.end() >= name.length()) {
					// The whole name is a place itself, not a place opening a longer name.
					continue;
				}
				if (trie == this.gazetteer.bareNames() && this.words.at(RelationWords.Kind.LANDFORM, name, h.end()) != null) {
					// 杭州湾 is a bay, not 杭州: a bare place name with a landform after it names the landform.
					continue;
				}
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

	private static final String CLAUSE_BREAKS = "，,；;：:。！？!?\n";

	private static int clauseStart(String text, Sentence s, int at) {
		int i = at;
		while (i > s.start() && CLAUSE_BREAKS.indexOf(text.charAt(i - 1)) < 0) {
			i--;
		}
		return i;
	}

	private static int clauseEnd(String text, Sentence s, int at) {
		int i = at;
		while (i < s.end() && CLAUSE_BREAKS.indexOf(text.charAt(i)) < 0) {
			i++;
		}
		return i;
	}

	private static boolean clauseStatesCoBuilding(RelationContext ctx, Sentence s, Mention m) {
		String text = ctx.text();
		String clause = text.substring(clauseStart(text, s, m.start()), clauseEnd(text, s, m.end()));
		return CO_BUILD_CONTEXT.matcher(clause).find();
	}

	/**
	 * Whether the mention stands first in its clause, with only other names, list words and quotes before it: the
	 * subject of the clause's own predicate.
	 */
	private static boolean opensClause(RelationContext ctx, Sentence s, Mention m, List<Mention> all) {
		return wordsBefore(ctx, s, m, all).isEmpty();
	}

	/** Whether the mention is in the list after 由 that opens its clause's agent (由甲园区、乙园区合作共建): a builder, not built. */
	private static boolean agentOfClause(RelationContext ctx, Sentence s, Mention m, List<Mention> all) {
		return wordsBefore(ctx, s, m, all).endsWith("由");
	}

	/** The clause's text before the mention without the names, list words and quotes in it. */
	private static String wordsBefore(RelationContext ctx, Sentence s, Mention m, List<Mention> all) {
		String text = ctx.text();
		int from = clauseStart(text, s, m.start());
		StringBuilder before = new StringBuilder(text.substring(from, m.start()));
		for (Mention other : all) {
			if (other.start() >= from && other.end() <= m.start()) {
				for (int i = other.start(); i < other.end(); i++) {
					before.setCharAt(i - from, ' ');
				}
			}
		}
		return before.toString().replaceAll("[\\s、和及与“”\"‘’「」]", "");
	}

	private static boolean insideCoBuildTask(RelationContext ctx, Sentence s) {
		ExtractedTask t = ctx.taskAt(s.start());
		return t != null && t.text().contains("共建");
	}

	/**
	 * The main pair builds the parks that the co-building governs: those in the clause that states it (两市共建甲园区，乙园区已投产:
	 * 甲 only), else, when that clause names no park (两市以共建园区为抓手，随后启动建设甲园区), those of the sentence that
	 * some predicate governs, leaving the subjects of other predicates (…，甲园区、乙园区已梳理出项目) alone.
	 */
	private static void mainPairBuilds(RelationContext ctx, Sentence s, List<Mention> all) {
		if (ctx.helper() == null) {
			return;
		}
		List<Mention> parks = all.stream()
			.filter((m) -> (m.type() == EntityType.PARK || m.type() == EntityType.PROJECT)
					&& (m.canonical().contains("园") || m.canonical().contains("基地") || m.canonical().endsWith("新城")))
			.toList();
		List<Mention> inStatement = parks.stream()
			.filter((m) -> clauseStatesCoBuilding(ctx, s, m) && !agentOfClause(ctx, s, m, all))
			.toList();
		List<Mention> governed = !inStatement.isEmpty() ? inStatement
				: parks.stream().filter((m) -> !opensClause(ctx, s, m, all)).toList();
		for (Mention m : governed) {
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
