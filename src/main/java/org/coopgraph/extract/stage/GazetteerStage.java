package org.coopgraph.extract.stage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.coopgraph.extract.Extraction;
import org.coopgraph.extract.Mention;
import org.coopgraph.extract.Slot;
import org.coopgraph.extract.Stage;
import org.coopgraph.extract.gazetteer.CharTrie;
import org.coopgraph.extract.gazetteer.Division;
import org.coopgraph.extract.gazetteer.DivisionGazetteer;
import org.coopgraph.extract.hanlp.CoreWords;
import org.coopgraph.extract.model.EntityType;
import org.coopgraph.extract.relation.RelationWords;
import org.coopgraph.extract.text.Datelines;
import org.coopgraph.extract.text.Han;
import org.coopgraph.extract.text.JoinedText;
import org.coopgraph.extract.text.TextLine;

/**
 * Finds administrative divisions in the text (full names such as 无锡市, bare names such as 无锡) and decides which
 * division each one means from the places the document is about: bare county names count only when their city is in
 * the document, towns and villages only when their county is. Also reads village lists that share a suffix
 * (皋南、刘海、凤山村), and the towns and villages that continue a chain of places by their suffix
 * ({@link ChainedSmallPlaces}). Provides place mentions; thread-safe.
 */
public final class GazetteerStage implements Stage {

	static final String SOURCE = "gazetteer";

	/** Characters that, written before a two-character county name, make it an ordinary word (市和县, 各县). */
	private static final String FUNCTION_CHARS = "和及与各全本该每区市县省乡镇村两";

	private static final Pattern VILLAGE_LIST = Pattern
		.compile("(?:(?<=[及和与，,；：:\\s])|^)((?:[\\u4e00-\\u9fa5]{2,3}、)+)([\\u4e00-\\u9fa5]{2,3})(村|社区)(?![\\u4e00-\\u9fa5]{0,1}(委|民|级|集体|干部|书记|里|内))");

	/** A town, township or sub-district with a stem of two characters or more. */
	private static final Pattern TOWN_NAME = Pattern.compile("[\\u4e00-\\u9fa5]{2,}(镇|乡|街道)");

	/** A village in a list of villages (A村、B村) or right after its town (纸坊街道草坝村). */
	private static final Pattern VILLAGE = Pattern.compile(
			"(?:(?<=、)|(?<=街道|[镇乡])|(?<=^|[，,；：:\\s]|对口|对接|结对)(?=[\\u4e00-\\u9fa5]{2,3}(?:村|社区)、))([\\u4e00-\\u9fa5]{2,3})(村|社区)(?![委民级部里内])");

	private static final Set<String> GENERIC_VILLAGE = Set.of("结对", "相关", "对应", "贫困", "示范", "脱贫", "所在", "各个",
			"三个", "每个", "部分", "重点", "本镇", "帮扶", "美丽", "乡村", "农村", "城乡", "易地", "一个", "振兴", "城中", "新农", "组织",
			"中心", "建设", "新村", "先锋", "和平", "胜利", "民主", "团结", "光明", "幸福", "红旗", "新华", "东风", "前进", "联合", "友谊",
			"复兴", "新建", "工农", "农业", "企业", "社区", "街道", "村居", "村企", "镇村");

	private final DivisionGazetteer gazetteer;

	private final CoreWords lexicon = new CoreWords();

	private final RelationWords words = RelationWords.standard();

	private final DistantPartners partners = new DistantPartners(this.words, this.lexicon);

	private final ChainedSmallPlaces chains;

	public GazetteerStage(DivisionGazetteer gazetteer) {
		this.gazetteer = gazetteer;
		this.chains = new ChainedSmallPlaces(gazetteer, GENERIC_VILLAGE);
	}

	private record Hit(int start, int end, String surface, List<Division> candidates, boolean full, boolean countyWord) {
	}

	/** Districts named with a common noun (new town, old town): only their city in the text makes them the district. */
	private static final Set<String> COMMON_NOUN_DISTRICTS = Set.of("新城区", "老城区");

	/** 县 followed by these makes a common word (县级, 县域, 县委), not the end of a county name. */
	private static final String AFTER_COUNTY_WORD = "级域城委区乡镇内外长里";

	@Override
	public Extraction apply(Extraction in) {
		List<Hit> hits = new ArrayList<>();
		List<JoinedText> paragraphs = in.text().paragraphs();
		for (JoinedText paragraph : paragraphs) {
			scan(paragraph, hits);
		}
		// 新华社甲市5月8日电: the place a report was filed from is not one it speaks of.
		Datelines datelines = Datelines.of(in.text());
		hits.removeIf((h) -> datelines.cover(h.start(), h.end()));
		Map<String, Integer> surfaceCounts = new HashMap<>();
		for (Hit h : hits) {
			surfaceCounts.merge(h.surface(), 1, Integer::sum);
		}
		Set<String> provinces = new HashSet<>();
		Set<String> cities = new HashSet<>();
		Set<String> fullNamed = new HashSet<>();
		for (Hit h : hits) {
			for (Division d : h.candidates()) {
				if (d.level() == Division.Level.PROVINCE) {
					provinces.add(d.code());
				}
			}
			if (h.full() && h.candidates().size() == 1
					&& (h.candidates().get(0).level() != Division.Level.COUNTY || plausibleCountyName(h, surfaceCounts))) {
				Division d = h.candidates().get(0);
				fullNamed.add(d.code());
				if (d.level() == Division.Level.CITY) {
					cities.add(d.code());
				}
				Division p = this.gazetteer.ancestor(d, Division.Level.PROVINCE);
				if (p != null && d.level().ordinal() <= Division.Level.COUNTY.ordinal()) {
					provinces.add(p.code());
				}
			}
		}
		for (Hit h : hits) {
			for (Division d : h.candidates()) {
				// Provincial capitals, municipalities and a few other big cities are known by their bare names anywhere.
				boolean capital = this.gazetteer.knownAnywhere(d) && h.surface().length() >= 2;
				if (d.level() == Division.Level.CITY && (h.full() || capital || provinces.contains(d.parentCode()))) {
					cities.add(d.code());
					if (h.full()) {
						fullNamed.add(d.code());
					}
				}
			}
		}
		Set<String> counties = new HashSet<>();
		List<Mention> mentions = new ArrayList<>();
		Map<Hit, Division> chosen = new LinkedHashMap<>();
		chooseCitiesAndCounties(hits, cities, fullNamed, surfaceCounts, chosen, counties);
		List<Division> partners = this.partners.find(in.text().text(), hits.stream()
			.map((h) -> new DistantPartners.Span(h.start(), h.end(), onlyCityOrCounty(h), chosen.containsKey(h),
					provinceOnly(h)))
			.toList());
		if (!partners.isEmpty()) {
			for (Division d : partners) {
				(d.level() == Division.Level.CITY ? cities : fullNamed).add(d.code());
			}
			chooseCitiesAndCounties(hits, cities, fullNamed, surfaceCounts, chosen, counties);
		}
		chooseListedCounties(hits, in.text().text(), chosen, counties);
		for (Hit h : hits) {
			if (COMMON_NOUN_DISTRICTS.contains(h.surface())
					&& h.candidates().stream().noneMatch((c) -> cities.contains(c.parentCode()))) {
				// 推进新城区建设: a new town quarter, unless the district's city is in the text.
				continue;
			}
			Division d = chosen.get(h);
			List<Division> small = (d == null && h.full()) ? smallPlacesIn(h, counties) : List.of();
			if (small.size() == 1) {
				d = small.get(0);
			}
			if (small.size() > 1) {
				// Same-named towns or villages in two counties the document names: PlaceDisambiguationStage reads the
				// context (the town or county before it, its neighbours, the issuer), or keeps it ambiguous.
				Division any = small.get(0);
				mentions.add(new Mention(h.surface(), h.start(), h.end(), any.entityType(), any.name(), null, SOURCE,
						small));
			}
			else if (d != null && d.entityType() != null) {
				mentions.add(new Mention(h.surface(), h.start(), h.end(), d.entityType(), d.name(), d, SOURCE));
			}
			else if (d == null && sharedName(h, surfaceCounts)) {
				// A full name that several places bear and nothing here decided yet: PlaceDisambiguationStage reads the
				// context, or keeps it ambiguous.
				Division any = h.candidates().get(0);
				mentions.add(new Mention(h.surface(), h.start(), h.end(), any.entityType(), any.name(), null, SOURCE,
						h.candidates()));
			}
		}
		addVillageLists(paragraphs, mentions);
		mentions.addAll(this.chains.find(in.text().text(), mentions));
		addBareSmallPlaces(in, mentions);
		mentions.sort(Comparator.comparingInt(Mention::start));
		return in.withPlaces(List.copyOf(mentions));
	}

	private void chooseCitiesAndCounties(List<Hit> hits, Set<String> cities, Set<String> fullNamed,
			Map<String, Integer> surfaceCounts, Map<Hit, Division> chosen, Set<String> counties) {
		for (Hit h : hits) {
			Division d = chosen.containsKey(h) ? null : chooseCityOrCounty(h, cities, fullNamed, surfaceCounts);
			if (d != null) {
				chosen.put(h, d);
				if (d.level() == Division.Level.COUNTY) {
					counties.add(d.code());
				}
			}
		}
	}

	/**
	 * Bare county names listed next to a county already read (在甲、乙、丙等地 with 甲 read): the members of a list are of
	 * one kind, so a bare name that only one county bears, in the same province as its neighbour, is that county.
	 */
	private void chooseListedCounties(List<Hit> hits, String text, Map<Hit, Division> chosen, Set<String> counties) {
		boolean more = true;
		while (more) {
			more = false;
			for (int k = 0; k < hits.size(); k++) {
				Hit h = hits.get(k);
				Division d = chosen.containsKey(h) ? null : onlyCityOrCounty(h);
				if (d == null || d.level() != Division.Level.COUNTY) {
					continue;
				}
				for (Hit n : new Hit[] { k > 0 ? hits.get(k - 1) : null, k + 1 < hits.size() ? hits.get(k + 1) : null }) {
					Division nd = n == null ? null : chosen.get(n);
					String between = n == null ? ""
							: n.end() <= h.start() ? text.substring(n.end(), h.start())
									: h.end() <= n.start() ? text.substring(h.end(), n.start()) : "";
					if (nd != null && nd.level() == Division.Level.COUNTY && between.equals("、") && sameProvince(d, nd)) {
						chosen.put(h, d);
						counties.add(d.code());
						more = true;
						break;
					}
				}
			}
		}
	}

	private boolean sameProvince(Division a, Division b) {
		Division pa = this.gazetteer.ancestor(a, Division.Level.PROVINCE);
		return pa != null && pa.equals(this.gazetteer.ancestor(b, Division.Level.PROVINCE));
	}

	/** The one city or county a bare name can mean, or {@code null} (a full name, a province, several candidates). */
	private static Division onlyCityOrCounty(Hit h) {
		if (h.full() || h.countyWord() || provinceOnly(h)) {
			return null;
		}
		List<Division> places = h.candidates()
			.stream()
			.filter((d) -> d.level() == Division.Level.CITY || d.level() == Division.Level.COUNTY)
			.toList();
		return places.size() == 1 ? places.get(0) : null;
	}

	private void scan(JoinedText paragraph, List<Hit> hits) {
		String text = paragraph.text();
		int i = 0;
		int to = text.length();
		while (i < to) {
			CharTrie.Hit<Division> f = this.gazetteer.fullNames().longestAt(text, i);
			CharTrie.Hit<Division> b = this.gazetteer.bareNames().longestAt(text, i);
			if (f != null && f.end() > to) {
				f = null;
			}
			if (b != null && b.end() > to) {
				b = null;
			}
			if (f == null && b == null) {
				i++;
				continue;
			}
			boolean useFull = f != null && (b == null || f.end() >= b.end());
			CharTrie.Hit<Division> best = useFull ? f : b;
			if (insideWord(text, best) || !useFull && overlapsFullName(text, best, to)) {
				i++;
				continue;
			}
			if (!useFull && this.words.at(RelationWords.Kind.LANDFORM, text, best.end()) != null) {
				// 落户杭州湾: a bare place name with a landform word after it names the landform, not the place.
				i = best.end();
				continue;
			}
			int end = useFull ? best.end() : formerSuffixEnd(text, best, to);
			boolean countyWord = end < to && AFTER_COUNTY_WORD.indexOf(text.charAt(end)) >= 0;
			hits.add(new Hit(paragraph.offset(best.start()), paragraph.endOffset(end), text.substring(best.start(), end),
					best.values(), useFull, countyWord));
			if (useFull && b != null && best.values().stream().allMatch((d) -> d.level().ordinal() >= Division.Level.TOWN.ordinal())) {
				// A town named after its city (无锡新加坡工业园) may not count here; keep the city as well.
				hits.add(new Hit(paragraph.offset(b.start()), paragraph.endOffset(b.end()), text.substring(b.start(), b.end()),
						b.values(), false, false));
			}
			i = best.end();
		}
	}

	/**
	 * Whether a short name begins inside a word of the text (示范县 holds 范县): the character before it and its first
	 * characters form a word of HanLP's dictionary that is no place name, and that character does not rather end the
	 * word before it (加大洋县: 加大 | 洋县) or an enclosing place (汉中市镇巴县). Longer names are specific enough to
	 * stand wherever they are found.
	 */
	private boolean insideWord(String text, CharTrie.Hit<Division> hit) {
		int s = hit.start();
		if (s == 0 || hit.end() - s > 3 || !Han.isHan(text.charAt(s - 1)) || PLACE_ENDS.indexOf(text.charAt(s - 1)) >= 0
				|| s >= 2 && this.lexicon.isNonPlaceWord(text.substring(s - 2, s))) {
			return false;
		}
		return this.lexicon.isNonPlaceWord(text.substring(s - 1, s + 1))
				|| hit.end() - s > 2 && this.lexicon.isNonPlaceWord(text.substring(s - 1, s + 2));
	}

	/** Endings of place names: a name right after one is the next link of a chain, not part of a word. */
	private static final String PLACE_ENDS = "省市县区州盟旗镇乡村";

	/** A bare name overlapped by a full name that runs on past it (确定安吉县: 定安 against 安吉县): the full one is meant. */
	private boolean overlapsFullName(String text, CharTrie.Hit<Division> bare, int to) {
		for (int j = bare.start() + 1; j < bare.end(); j++) {
			CharTrie.Hit<Division> f = this.gazetteer.fullNames().longestAt(text, j);
			if (f != null && f.end() > bare.end() && f.end() <= to) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Where a bare county name ends when the text writes it with a former suffix (平泉县 for today's 平泉市, 溧水县 for
	 * 溧水区): the old form is kept as the surface, so it stays an alias of today's division.
	 */
	private static int formerSuffixEnd(String text, CharTrie.Hit<Division> bare, int to) {
		int end = bare.end();
		if (end + 1 > to || "县市区".indexOf(text.charAt(end)) < 0
				|| end + 1 < to && AFTER_COUNTY_WORD.indexOf(text.charAt(end + 1)) >= 0) {
			return end;
		}
		boolean county = bare.values().size() == 1 && bare.values().get(0).level() == Division.Level.COUNTY;
		return county ? end + 1 : end;
	}

	private Division chooseCityOrCounty(Hit h, Set<String> cities, Set<String> fullNamed, Map<String, Integer> counts) {
		Division fallback = null;
		int countyCandidates = 0;
		if (!h.full() && provinceOnly(h)) {
			// 河北 is the province before it is 天津's 河北区; provinces are no entities.
			return null;
		}
		for (Division d : h.candidates()) {
			if (d.level() == Division.Level.CITY && cities.contains(d.code())) {
				return d;
			}
			if (d.level() == Division.Level.COUNTY) {
				countyCandidates++;
				boolean cityInFocus = cities.contains(d.parentCode());
				if (cityInFocus || fullNamed.contains(d.code())) {
					return d;
				}
				if (h.full()) {
					fallback = d;
				}
			}
		}
		if (fallback != null && countyCandidates == 1 && h.full() && plausibleCountyName(h, counts)) {
			return fallback;
		}
		return null;
	}

	/** A province among the candidates that is no municipality (天津 is both a province and a city). */
	private static boolean provinceOnly(Hit h) {
		for (Division p : h.candidates()) {
			if (p.level() == Division.Level.PROVINCE && h.candidates()
				.stream()
				.noneMatch((d) -> d.level() == Division.Level.CITY && d.name().equals(p.name()))) {
				return true;
			}
		}
		return false;
	}

	private static boolean plausibleCountyName(Hit h, Map<String, Integer> counts) {
		String s = h.surface();
		if (s.length() >= 3) {
			return true;
		}
		// A two-character county far from the places in focus (成县, 高县) must recur before it is believed.
		return s.endsWith("县") && FUNCTION_CHARS.indexOf(s.charAt(0)) < 0 && !h.countyWord()
				&& counts.getOrDefault(s, 0) >= 2;
	}

	/**
	 * A full county or town name that several divisions of that level bear (鼓楼区, 城关镇). Towns only with a stem of
	 * their own (not 街道 alone, nor 发展乡 or 旅游度假区, which read as ordinary words).
	 */
	private boolean sharedName(Hit h, Map<String, Integer> counts) {
		if (!h.full() || h.candidates().size() < 2) {
			return false;
		}
		Division first = h.candidates().get(0);
		boolean countyOrTown = first.level() == Division.Level.COUNTY && plausibleCountyName(h, counts)
				|| first.level() == Division.Level.TOWN && TOWN_NAME.matcher(first.name()).matches()
						&& !this.lexicon.isNonPlaceWord(first.bareName());
		return countyOrTown && h.candidates()
			.stream()
			.allMatch((d) -> d.level() == first.level() && d.name().equals(first.name()));
	}

	/**
	 * The towns and villages a full name can mean in the counties the document names: one decides it, several are
	 * namesakes for the context to tell apart (a village name recurs across counties far more than a town's).
	 */
	private List<Division> smallPlacesIn(Hit h, Set<String> counties) {
		List<Division> found = new ArrayList<>();
		for (Division d : h.candidates()) {
			if (d.level() == Division.Level.TOWN && counties.contains(d.parentCode())) {
				found.add(d);
			}
			if (d.level() == Division.Level.VILLAGE && !GENERIC_VILLAGE.contains(d.bareName())) {
				Division county = this.gazetteer.ancestor(d, Division.Level.COUNTY);
				if (county != null && counties.contains(county.code())) {
					found.add(d);
				}
			}
		}
		return found;
	}

	/** Towns and villages named in full somewhere are also meant by their bare names (黄家营镇 … 黄家营). */
	private void addBareSmallPlaces(Extraction in, List<Mention> mentions) {
		CharTrie.Builder<Mention> builder = new CharTrie.Builder<>();
		Set<String> seen = new HashSet<>();
		boolean any = false;
		for (Mention m : mentions) {
			if ((m.type() == EntityType.TOWN || m.type() == EntityType.VILLAGE) && seen.add(m.canonical())) {
				String bare = m.division() != null ? m.division().bareName() : m.canonical().replaceAll("(村|社区)$", "");
				if (bare.length() >= 2 && !bare.equals(m.canonical())) {
					builder.put(bare, m);
					any = true;
				}
			}
		}
		if (!any) {
			return;
		}
		CharTrie<Mention> bare = builder.build();
		String text = in.text().text();
		Set<Integer> starts = new HashSet<>();
		mentions.forEach((m) -> starts.add(m.start()));
		List<Mention> found = new ArrayList<>();
		for (TextLine line : in.text().lines()) {
			if (line.boilerplate()) {
				continue;
			}
			for (int i = line.start(); i < line.end(); i++) {
				CharTrie.Hit<Mention> h = bare.longestAt(text, i);
				if (h == null) {
					continue;
				}
				Mention full = h.values().get(0);
				if (h.end() <= line.end() && !text.startsWith(full.canonical(), i) && !starts.contains(i)) {
					found.add(new Mention(text.substring(i, h.end()), i, h.end(), full.type(), full.canonical(),
							full.division(), SOURCE));
				}
				i = h.end() - 1;
			}
		}
		mentions.addAll(found);
	}

	private void addVillageLists(List<JoinedText> paragraphs, List<Mention> mentions) {
		Set<Integer> starts = new HashSet<>();
		for (Mention m : mentions) {
			starts.add(m.start());
		}
		for (JoinedText paragraph : paragraphs) {
			String s = paragraph.text();
			if (s.indexOf('村') < 0 && !s.contains("社区")) {
				continue;
			}
			// A list needs a 、; most paragraphs that name a village have none.
			Matcher m = VILLAGE_LIST.matcher(s.indexOf('、') < 0 ? "" : s);
			while (m.find()) {
				String suffix = m.group(3);
				int at = m.start(1);
				String[] items = m.group(1).split("、");
				if (items.length > 0 && !items[0].isEmpty() && "及和与".indexOf(items[0].charAt(0)) >= 0) {
					items[0] = items[0].substring(1);
					at++;
				}
				if (Arrays.stream(items).anyMatch(GazetteerStage::bodyLike)) {
					continue;
				}
				for (String item : items) {
					if (item.length() >= 2 && !GENERIC_VILLAGE.contains(item) && !item.endsWith(suffix)
							&& this.gazetteer.lookup(item).isEmpty()) {
						add(mentions, starts, item, paragraph, at, item + suffix);
					}
					at += item.length() + 1;
				}
			}
			for (MatchResult v : villages(s)) {
				String stem = v.group(1);
				if (GENERIC_VILLAGE.contains(stem) || bodyLike(stem) || stem.matches(".*[一二三四五六七八九十个各本该镇乡县市区].*")) {
					continue;
				}
				add(mentions, starts, v.group(1) + v.group(2), paragraph, v.start(1), stem + v.group(2));
			}
		}
	}

	/**
	 * The matches of {@link #VILLAGE} in {@code s}, the same as a scan with {@code find} gives. A match starts two or
	 * three characters before a 村 or 社区, so only those starts are tried, with the text around them visible to the
	 * lookarounds: trying the pattern's lookbehinds at every character of a paragraph cost more than the rest of the
	 * stage.
	 */
	private static List<MatchResult> villages(String s) {
		List<MatchResult> found = new ArrayList<>();
		Matcher m = VILLAGE.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
		int from = 0;
		for (int at = s.indexOf('村'), community = s.indexOf("社区"); at >= 0 || community >= 0;) {
			int next = at < 0 ? community : community < 0 ? at : Math.min(at, community);
			for (int start = Math.max(from, next - 3); start <= next - 2; start++) {
				m.region(start, s.length());
				if (m.lookingAt()) {
					found.add(m.toMatchResult());
					from = m.end();
					break;
				}
			}
			if (next == at) {
				at = s.indexOf('村', at + 1);
			}
			else {
				community = s.indexOf("社区", community + 1);
			}
		}
		return found;
	}

	/** List items that name bodies (发改委、农业农村局) rather than villages. */
	private static boolean bodyLike(String item) {
		return item.matches(".*(局|委|办|部|院|所|会|队|组|中心|社|厅|业|农|企)$");
	}

	private static void add(List<Mention> mentions, Set<Integer> starts, String surface, JoinedText paragraph, int at,
			String name) {
		int start = paragraph.offset(at);
		if (starts.add(start)) {
			mentions.add(new Mention(surface, start, paragraph.endOffset(at + surface.length()),
					EntityType.VILLAGE, name, null, "village-list"));
		}
	}

	@Override
	public Set<Slot> requires() {
		return Set.of(Slot.TEXT);
	}

	@Override
	public Set<Slot> provides() {
		return Set.of(Slot.PLACES);
	}

}
