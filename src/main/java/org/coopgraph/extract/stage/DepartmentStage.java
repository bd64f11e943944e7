package org.coopgraph.extract.stage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.coopgraph.extract.Extraction;
import org.coopgraph.extract.Mention;
import org.coopgraph.extract.Slot;
import org.coopgraph.extract.Stage;
import org.coopgraph.extract.gazetteer.CharTrie;
import org.coopgraph.extract.gazetteer.DepartmentNames;
import org.coopgraph.extract.model.EntityType;
import org.coopgraph.extract.text.Han;
import org.coopgraph.extract.text.JoinedText;

/**
 * Finds government and party bodies in running text: a place prefix (省, 市, 县, or a place name) followed by a known
 * body name (发改委, 委组织部, 政府办公厅) or a name ending like a body (…协调小组办公室, …工作队, …局). Provides department
 * mentions named canonically for the document's home place; thread-safe.
 */
public final class DepartmentStage implements Stage {

	static final String SOURCE = "department-rule";

	/** Characters that, before 省 or 市, make an ordinary word (城市, 全省, 上市, 我市) or another body (团市委). */
	private static final String NOT_BEFORE_PREFIX = "城都超上股全本我该各两三四五六七八九十外节反郡夜集门入沪深个每此跨市团";

	/** Characters that cannot open a body name after the prefix (市场, 市民, 市级, 省内). */
	private static final String NOT_BODY_START = "场民级内外域长值面容镇区县里直属辖员情况各设建开推组属";

	private static final String[] ENDINGS = { "协调小组办公室", "领导小组办公室", "办公厅", "办公室", "领导小组", "协调小组", "委员会", "管理局",
			"工作队", "联络组", "工作组", "前方指挥部", "筹备组", "局", "厅", "办" };

	/** Endings of the teams one place sends to work in another (无锡市某某连云港市前方工作队). */
	private static final List<String> TEAMS = List.of("前方工作队", "前方工作组", "前方指挥部", "前方联络组", "工作队", "工作组",
			"指挥部", "联络组");

	/** Words that, between a team's programme and the place it works in, say it goes there (赴, 驻). */
	private static final String TOWARDS = "赴驻";

	private static final String STOP = "的与及在将把于为是、，。；：:,.（）()“”《》 \t";

	private static final int MAX_BODY = 22;

	private final DepartmentNames departments;

	private final UnitNamer namer;

	private final CharTrie<String> nationalBodies;

	private final BodyRoles roles = BodyRoles.load();

	private final List<String> programme;

	private final Set<String> ordinaryWords;

	private final Set<String> eventVerbs;

	/** Provinces by their full names (江苏省, 内蒙古自治区), which prefix a province's bodies. */
	private final CharTrie<String> provinceNames;

	public DepartmentStage(DepartmentNames departments, UnitNamer namer, CharTrie<String> nationalBodies,
			Set<String> provinceNames) {
		this.departments = departments;
		this.namer = namer;
		this.nationalBodies = nationalBodies;
		CharTrie.Builder<String> provinces = new CharTrie.Builder<>();
		provinceNames.stream()
			.filter((p) -> p.endsWith("省") || p.endsWith("自治区"))
			.forEach((p) -> provinces.put(p, p));
		this.provinceNames = provinces.build();
		CandidateWords words = CandidateWords.load();
		this.programme = words.programmeWords();
		this.ordinaryWords = words.bodyEndingWords();
		this.eventVerbs = words.eventVerbs();
	}

	@Override
	public Extraction apply(Extraction in) {
		List<Mention> found = new ArrayList<>(in.mentions());
		List<Mention> places = in.places()
			.stream()
			.filter((p) -> p.type() == EntityType.CITY || p.type() == EntityType.COUNTY)
			.toList();
		int next = 0;
		// Bodies written with their province (福建省财政厅): the same body written later with a bare 省 is that one.
		Map<String, String> provinceBodies = new HashMap<>();
		for (JoinedText paragraph : in.text().paragraphs()) {
			String text = paragraph.text();
			Map<Integer, Integer> placeEnds = new HashMap<>();
			Map<Integer, Integer> placeStarts = new HashMap<>();
			int paragraphEnd = paragraph.endOffset(text.length());
			while (next < places.size() && places.get(next).start() < paragraphEnd) {
				Mention p = places.get(next++);
				int a = paragraph.indexOf(p.start());
				int b = paragraph.indexOf(p.end() - 1);
				if (a >= 0 && b >= 0) {
					placeEnds.put(b + 1, a);
					placeStarts.put(a, b + 1);
				}
			}
			int i = 0;
			while (i < text.length()) {
				Integer placeEnd = placeStarts.get(i);
				if (placeEnd != null && placeEnd > i) {
					// Read the whole place name as the prefix: 无锡市发改委, never 市发改委 inside it.
					i = placeEnd;
				}
				var national = this.nationalBodies.longestAt(text, i);
				if (national != null && (i == 0 || !Han.isHan(text.charAt(i - 1)) || "省市县区".indexOf(text.charAt(i - 1)) < 0)) {
					int e = national.end();
					int own = ownBodyEnd(text, e);
					String canonical = own > e ? text.substring(i, own) : national.values().get(0);
					e = Math.max(e, own);
					if (this.roles.inRole(text, e, canonical)) {
						i = e;
						continue;
					}
					found.add(new Mention(text.substring(i, e), paragraph.offset(i), paragraph.endOffset(e),
							EntityType.DEPARTMENT, canonical, null, SOURCE));
					i = e;
					continue;
				}
				int prefixStart = -1;
				Integer placeStart = placeEnds.get(i);
				int province = provinceEnd(text, i);
				boolean byProvince = province > i && bodyEnd(text, province, text.length()) > province;
				if (byProvince) {
					// 安徽省发改委 in another province's document: the province written is the body's.
					prefixStart = i;
					i = province;
				}
				else if (placeStart != null) {
					prefixStart = placeStart;
				}
				else if (isPrefix(text, i)) {
					prefixStart = i;
					i++;
				}
				if (prefixStart < 0) {
					i++;
					continue;
				}
				int end = Math.max(bodyEnd(text, i, text.length()), teamEnd(text, i, placeStarts));
				int office = end > i ? officeAfterSecondName(text, end) : -1;
				if (end > i) {
					String surface = text.substring(prefixStart, Math.max(end, office));
					// The office of a body with two names is named after the first (甲小组（乙小组）办公室 → 甲小组办公室).
					String named = (office > end) ? text.substring(prefixStart, end)
							+ text.substring(text.lastIndexOf('）', office) + 1, office) : surface;
					String canonical = this.namer.departmentName(named, in.context());
					if (byProvince) {
						provinceBodies.putIfAbsent(named.substring(province - prefixStart), canonical);
					}
					else if (named.charAt(0) == '省' && provinceBodies.containsKey(named.substring(1))) {
						canonical = provinceBodies.get(named.substring(1));
					}
					end = Math.max(end, office);
					if (this.roles.inRole(text, end, canonical)) {
						i = end;
						continue;
					}
					// 疾病预防控制中心 and the like are institutions even when written like a body.
					EntityType type = canonical.endsWith("疾病预防控制中心") ? EntityType.ORGANIZATION : EntityType.DEPARTMENT;
					found.add(new Mention(surface, paragraph.offset(prefixStart), paragraph.endOffset(end), type, canonical,
							null, SOURCE));
					i = end;
				}
				else if (placeStart != null) {
					i++;
				}
			}
		}
		return in.withMentions(List.copyOf(found));
	}

	/**
	 * End of the office of a body with two names (某领导小组（某某领导小组）办公室: one body under both), or -1; the
	 * bracket holds the second name, and the office is the entity, not either group.
	 */
	private int officeAfterSecondName(String text, int end) {
		if (end >= text.length() || text.charAt(end) != '（') {
			return -1;
		}
		int close = text.indexOf('）', end);
		if (close < 0 || close - end > MAX_BODY || bodyEnd(text, end + 1, close) != close) {
			return -1;
		}
		for (String office : List.of("办公室", "办")) {
			if (text.startsWith(office, close + 1)) {
				return close + 1 + office.length();
			}
		}
		return -1;
	}

	/**
	 * End of a team named after its programme and the place it works in, after its sending place (…南北结对帮扶合作
	 * 连云港市前方工作队, …赴苍溪县东西部协作工作组), or -1. The place inside would otherwise cut the name in two.
	 */
	private int teamEnd(String text, int j, Map<Integer, Integer> placeStarts) {
		int k = afterProgramme(text, j);
		if (k < text.length() && TOWARDS.indexOf(text.charAt(k)) >= 0) {
			k++;
		}
		Integer placeEnd = placeStarts.get(k);
		if (k == j || placeEnd == null) {
			return -1;
		}
		k = afterProgramme(text, placeEnd);
		for (String team : TEAMS) {
			if (text.startsWith(team, k)) {
				return k + team.length();
			}
		}
		return -1;
	}

	/**
	 * End of a national body's own committee or office written right after it (某部高校设置评议委员会, 某部办公厅),
	 * or -1: the ministry names its part, not itself.
	 */
	private static int ownBodyEnd(String text, int from) {
		int max = Math.min(text.length(), from + MAX_BODY);
		for (int k = from; k < max; k++) {
			char c = text.charAt(k);
			if (STOP.indexOf(c) >= 0 || !Han.isHan(c)) {
				return -1;
			}
			for (String e : OWN_BODY_ENDINGS) {
				if (text.startsWith(e, k)) {
					return k + e.length();
				}
			}
		}
		return -1;
	}

	private static final List<String> OWN_BODY_ENDINGS = List.of("委员会", "办公厅", "办公室", "领导小组");

	private int afterProgramme(String text, int from) {
		int k = from;
		boolean again = true;
		while (again) {
			again = false;
			for (String w : this.programme) {
				if (text.startsWith(w, k)) {
					k += w.length();
					again = true;
					break;
				}
			}
		}
		return k;
	}

	/**
	 * End of a province's full name starting at {@code i} (江苏省, 广西壮族自治区), or -1. A trie, since this is asked at
	 * every character of every paragraph; cutting substrings to look up in a set took a tenth of the extraction.
	 */
	private int provinceEnd(String text, int i) {
		CharTrie.Hit<String> province = this.provinceNames.longestAt(text, i);
		return province == null ? -1 : province.end();
	}

	private static boolean isPrefix(String text, int i) {
		char c = text.charAt(i);
		if ("省市县".indexOf(c) < 0) {
			return false;
		}
		if (i == 0) {
			return true;
		}
		int p = i - 1;
		while (p > 0 && text.charAt(p) == ' ') {
			// A line wrapped at a cell edge (团 / 市委) joins with a space; the word before it still counts.
			p--;
		}
		char prev = text.charAt(p);
		if (!Han.isHan(prev)) {
			return true;
		}
		if (c == '县') {
			return "的和与及由经在向同将请会并或暨".indexOf(prev) >= 0;
		}
		return NOT_BEFORE_PREFIX.indexOf(prev) < 0;
	}

	private int bodyEnd(String text, int j, int limit) {
		if (j >= limit) {
			return -1;
		}
		boolean committee = text.startsWith("县委", j) || text.startsWith("市委", j) || text.startsWith("区委", j);
		int known = this.departments.knownLengthAt(text, j);
		if (committee && known == 0) {
			// 洋县县委党校: the committee of the place just named, then a known body.
			int inner = this.departments.knownLengthAt(text, j + 1);
			known = inner > 0 ? inner + 1 : 0;
		}
		if (known == 0 && (NOT_BODY_START.indexOf(text.charAt(j)) >= 0 && !committee
				|| this.eventVerbs.stream().anyMatch((v) -> text.startsWith(v, j)))) {
			// 在某市召开某某协调小组会议: the verb opens a clause, not a body.
			return -1;
		}
		int best = known > 0 ? j + known : -1;
		int max = Math.min(limit, j + MAX_BODY);
		for (int k = j + 1; k <= max; k++) {
			char c = text.charAt(k - 1);
			if (STOP.indexOf(c) >= 0 || !Han.isHan(c) || k - 1 > j + 1 && "省市县".indexOf(c) >= 0) {
				// A second place prefix starts the next body (市发改委和市财政局).
				break;
			}
			for (String e : ENDINGS) {
				// A one-character ending (局, 办) only closes a short body, and not inside an ordinary word that ends
				// with it: 合作开办, 在县城举办 and 新发展格局 name no body.
				if (k - j >= e.length() + 1 && text.startsWith(e, k - e.length()) && (e.length() > 1 || k - j <= 6)
						&& !endsWithOrdinaryWord(text, j, k)) {
					best = Math.max(best, k);
					break;
				}
			}
		}
		return best;
	}

	/** Whether {@code [j, k)} ends with an ordinary word that holds a body's ending (举办, 格局, 大厅). */
	private boolean endsWithOrdinaryWord(String text, int j, int k) {
		for (String w : this.ordinaryWords) {
			if (k - w.length() >= j && text.startsWith(w, k - w.length())) {
				return true;
			}
		}
		return false;
	}

	@Override
	public Set<Slot> requires() {
		return Set.of(Slot.TEXT, Slot.PLACES, Slot.CONTEXT);
	}

	@Override
	public Set<Slot> provides() {
		return Set.of(Slot.MENTIONS);
	}

}
