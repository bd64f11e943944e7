package org.coopgraph.extract.stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.coopgraph.extract.DocumentContext;
import org.coopgraph.extract.Extraction;
import org.coopgraph.extract.Mention;
import org.coopgraph.extract.Slot;
import org.coopgraph.extract.Stage;
import org.coopgraph.extract.gazetteer.CharTrie;
import org.coopgraph.extract.gazetteer.Division;
import org.coopgraph.extract.gazetteer.NameSuffixes;
import org.coopgraph.extract.hanlp.HanlpSegmenter;
import org.coopgraph.extract.model.EntityType;
import org.coopgraph.extract.text.Compact;
import org.coopgraph.extract.text.JoinedText;

/**
 * Finds parks, enterprises, institutions and projects by their name endings (工业园区, 集团, 大学, 试验船) and uses HanLP
 * to find where each name begins: it extends left over noun-like tokens and stops at verbs, prepositions and
 * punctuation. A candidate must carry something specific (a place, a proper noun, a quoted name); parks and projects
 * need a place or a proper noun. A name opened by 省, 市 or 县 (市传染病医院) takes the home place. Also reads the items of
 * lists ending in 等项目, ports (江阴港) and research institutes known by number (518所). Clear left edges also count as
 * evidence: a verb or list separator before a project with a capacity or phase (20万吨级码头, 二期工程), a verb before a
 * park or institution with words of its own, the item after a park in a list, an owning place (我市的X), and a place
 * before a firm's broken-up trade name. Only the stretches just before an ending are segmented, which keeps the stage
 * cheaper than segmenting the document. Stateless and thread-safe.
 */
public final class HanlpCandidateStage implements Stage {

	static final String SOURCE = "hanlp-candidate";

	private static final String CLAUSE_BREAK = "，。；：、！？,;:!?()（）《》【】\t ";

	private static final Set<String> NAME_TAGS = Set.of("ns", "nsf", "nz", "nt", "ntc", "nto", "ntu", "nts", "nth", "nit",
			"n", "nr", "nrf", "nrj", "j", "b", "gi", "gm", "gc", "gb", "nf", "nh", "nhm", "nn", "nnt", "vn", "m", "mq", "q",
			"x", "nx", "nl", "ng", "an", "a", "s", "nmc", "nic", "ntcb", "ntcf", "ntch");

	private static final Set<String> SPECIFIC_TAGS = Set.of("ns", "nsf", "nz", "nt", "ntc", "nto", "ntu", "nr", "nrf", "nrj",
			"j", "nx", "x", "nmc", "ntcb", "ntcf", "ntch");

	/** Tags of proper nouns HanLP is sure of (not nz, which it gives any unknown word). */
	private static final Set<String> STRONG_TAGS = Set.of("ns", "nsf", "nt", "ntc", "nto", "ntu", "nr", "nrf", "j");

	private static final Set<String> GENERIC_LEADS = Set.of("省级", "国家级", "市级", "县级", "相关", "重点", "各类", "全市", "年度", "本地",
			"当地", "其他", "一批", "新型", "该", "本", "全省", "我市", "两地", "两市", "南北", "共建", "合作");

	private static final int MAX_NAME = 18;

	/** Verbs HanLP may tag as nouns (vn) that open a clause rather than a name. */
	private static final Set<String> LEADING_VERBS = Set.of("组织", "推进", "推动", "开展", "支持", "加快", "依托", "引导", "鼓励",
			"协助", "联合", "包括", "还包括", "建设", "指导", "跟踪", "推广", "新建", "改造", "申报", "争创", "创建", "提升", "深化", "加强", "完善", "落实", "设立", "建立", "打造", "培育", "实施", "举办", "召开", "参与", "会同", "配合");

	/** Endings that after a bare place name (洋县医院) describe rather than name; 海州古城 or 江阴港 do name. */
	private static final Set<String> GENERIC_ENDINGS = Set.of("医院", "学校", "中学", "小学", "项目", "工程", "园区", "公司", "集团",
			"银行", "学院", "大学", "中心");

	private static final Set<String> GENERIC_MIDDLES = Set.of("产业", "相关", "重点", "建设", "合作", "特色", "企业", "发展", "工业",
			"农业", "各类", "新建");

	/** Single-character tokens that never glue a name together (prepositions, conjunctions, particles). */
	private static final Set<String> NEVER_GLUE = Set.of("p", "c", "cc", "u", "ude1", "ude2", "ude3", "uzhe", "ule", "uguo",
			"d", "r", "rr", "rz", "ry", "w", "f", "m", "q", "e", "y", "o", "vshi", "vyou", "uyy", "udeng", "ryv", "rzv");

	private final HanlpSegmenter segmenter;

	private final NameSuffixes suffixes;

	private final CharTrie<NameSuffixes.Suffix> suffixTrie;

	private final Map<Character, String> cityAbbreviations;

	public HanlpCandidateStage(HanlpSegmenter segmenter, NameSuffixes suffixes,
			Map<Character, String> cityAbbreviations) {
		this.segmenter = segmenter;
		this.cityAbbreviations = cityAbbreviations;
		this.suffixes = suffixes;
		CharTrie.Builder<NameSuffixes.Suffix> b = new CharTrie.Builder<>();
		for (NameSuffixes.Suffix s : suffixes.all()) {
			b.put(s.text(), s);
		}
		this.suffixTrie = b.build();
	}

	@Override
	public Extraction apply(Extraction in) {
		List<Mention> found = new ArrayList<>(in.mentions());
		List<Mention> places = in.places();
		int next = 0;
		for (JoinedText paragraph : in.text().paragraphs()) {
			String text = paragraph.text();
			boolean[] place = new boolean[text.length()];
			int paragraphEnd = paragraph.endOffset(text.length());
			while (next < places.size() && places.get(next).start() < paragraphEnd) {
				Mention p = places.get(next++);
				int a = paragraph.indexOf(p.start());
				int b = paragraph.indexOf(p.end() - 1);
				for (int k = a; a >= 0 && b >= a && k <= b; k++) {
					place[k] = true;
				}
			}
			enumeratedProjects(paragraph, found);
			numberedInstitutes(paragraph, found);
			ports(paragraph, place, found);
			List<Integer> suffixStarts = new ArrayList<>();
			for (int i = 0; i < text.length(); i++) {
				if (this.suffixTrie.longestAt(text, i) != null) {
					suffixStarts.add(i);
				}
			}
			if (suffixStarts.isEmpty()) {
				continue;
			}
			Candidate previous = null;
			Tokens tokens = new Tokens(text, suffixStarts);
			for (int i : suffixStarts) {
				CharTrie.Hit<NameSuffixes.Suffix> hit = this.suffixTrie.longestAt(text, i);
				if (hit == null) {
					continue;
				}
				if (previous != null && hit.end() <= previous.end() || continuesName(text, hit.end(), text.length())
						|| headOfInstitution(text, hit)) {
					continue;
				}
				// The item after a park or project in a list (甲园区、乙园区和丙基地) is one of the same kind.
				int siblingStart = previous != null && previous.end() < text.length()
						&& "、和及".indexOf(text.charAt(previous.end())) >= 0
						&& (previous.type() == EntityType.PARK || previous.type() == EntityType.PROJECT) ? previous.end() + 1 : -1;
				Candidate c = candidate(text, i, hit.end(), hit.values().get(0), place, tokens, siblingStart);
				if (c == null) {
					continue;
				}
				if (previous != null && c.start() <= previous.end() && c.start() > previous.start()) {
					// 江南大学国家技术转移中心 + 连云港分中心: a name that runs on from the one before it.
					c = new Candidate(previous.start(), c.end(), c.type(), previous.level());
					found.remove(found.size() - 1);
				}
				else if (previous != null && c.start() == previous.start()
						&& (c.type() == previous.type() || c.type() == EntityType.ENTERPRISE)) {
					// 江苏某工业园投资发展有限公司: a firm named after a park is one name, the firm's.
					// 江苏海洋大学 inside 江苏海洋大学海洋工程学院 is only part of this name here.
					found.remove(found.size() - 1);
				}
				if (c.type() == EntityType.ORGANIZATION) {
					c = withBranch(text, c, place);
				}
				String surface = text.substring(c.start(), c.end());
				String name = surface.replace("“", "").replace("”", "").replace(" ", "");
				if (c.level() != 0) {
					name = withPlace(name.startsWith("我") ? name.substring(1) : name, c.level(), in.context());
					if (name == null) {
						continue;
					}
				}
				found.add(new Mention(surface.replace(" ", ""), paragraph.offset(c.start()), paragraph.endOffset(c.end()),
						c.type(), name, null, SOURCE));
				previous = c;
			}
		}
		return in.withMentions(List.copyOf(found));
	}

	/** 市传染病医院 → 连云港市传染病医院; {@code null} when the document's home place is unknown. */
	private static String withPlace(String name, char level, DocumentContext context) {
		Division place = switch (level) {
			case '省' -> context.homeProvince();
			case '市' -> context.homeCity();
			// 县 means the home place only in a county's own document.
			default -> context.home() != null && context.home().name().endsWith("县") ? context.home() : null;
		};
		return place == null ? null : place.name() + name.substring(1);
	}

	/** 江阴港, 连云港港: a city or county followed by 港 names its port. */
	private static void ports(JoinedText paragraph, boolean[] place, List<Mention> found) {
		String text = paragraph.text();
		for (int i = 1; i < text.length(); i++) {
			boolean placeEnds = place[i - 1] && !place[i];
			if (!placeEnds || text.charAt(i) != '港' || i + 1 < text.length() && "区口城湾务澳台".indexOf(text.charAt(i + 1)) >= 0) {
				continue;
			}
			int start = i - 1;
			while (start > 0 && place[start - 1]) {
				start--;
			}
			String name = text.substring(start, i + 1);
			found.add(new Mention(name, paragraph.offset(start), paragraph.endOffset(i + 1), EntityType.PROJECT, name, null,
					"port"));
		}
	}

	/** 中电 518所, 623所: research institutes known by number; 所 before 学校 or 医院 counts schools instead. */
	private static final Pattern NUMBERED_INSTITUTE = Pattern.compile("(?<![\\d.第])(\\d{3})所(?![学医高中小幼])");

	private static void numberedInstitutes(JoinedText paragraph, List<Mention> found) {
		String text = paragraph.text();
		if (text.indexOf('所') < 0) {
			return;
		}
		Matcher m = NUMBERED_INSTITUTE.matcher(text);
		while (m.find()) {
			int start = m.start();
			int k = start;
			while (k > 0 && text.charAt(k - 1) == ' ') {
				k--;
			}
			// A two-character owner (中船) before the number, itself opened by a list word or punctuation.
			if (k >= 2 && isHan(text.charAt(k - 1)) && isHan(text.charAt(k - 2))
					&& (k == 2 || "与和及、，。；：“ ".indexOf(text.charAt(k - 3)) >= 0)) {
				start = k - 2;
			}
			String surface = text.substring(start, m.end());
			found.add(new Mention(surface, paragraph.offset(start), paragraph.endOffset(m.end()), EntityType.ORGANIZATION,
					Compact.of(surface), null, "numbered-institute"));
		}
	}

	/** X、Y和Z等项目: the items of a list that ends in 等项目 (等新建项目) are projects. */
	private static final Pattern PROJECT_LIST = Pattern
		.compile("([^，。；：:（）()\\s][^，。；：:（）()]{1,79}?)等(?:[\\u4e00-\\u9fa5]{0,3})项目");

	/** The end of a {@link #PROJECT_LIST} match, and how far before it the list can start. */
	private static final Pattern PROJECT_LIST_END = Pattern.compile("等[\\u4e00-\\u9fa5]{0,3}?项目");

	private static final int PROJECT_LIST_WINDOW = 81;

	/** 、 between numbers (7、8号机组) lists units of one item, not items. */
	private static final Pattern ITEM_SEPARATOR = Pattern.compile("(?<!\\d\\s{0,2})、(?!\\s{0,2}\\d)|和|及");

	private void enumeratedProjects(JoinedText paragraph, List<Mention> found) {
		String text = paragraph.text();
		if (text.indexOf('等') < 0) {
			return;
		}
		for (Matcher m : projectLists(text)) {
			String list = m.group(1);
			if (list.indexOf('、') < 0 && !list.contains("和")) {
				continue;
			}
			int base = m.start(1);
			Matcher sep = ITEM_SEPARATOR.matcher(list);
			int from = 0;
			List<int[]> items = new ArrayList<>();
			while (sep.find()) {
				items.add(new int[] { from, sep.start() });
				from = sep.end();
			}
			items.add(new int[] { from, list.length() });
			for (int k = 0; k < items.size(); k++) {
				int a = items.get(k)[0];
				int b = items.get(k)[1];
				if (k == 0) {
					a = afterLeadingVerbs(list, a, b);
				}
				String item = list.substring(a, b).strip();
				long han = item.chars().filter((c) -> isHan((char) c)).count();
				if (han < 3 || item.length() > 20 || GENERIC_MIDDLES.contains(item)
						|| !isHan(item.charAt(0)) && !(item.charAt(0) == '“' && item.indexOf('”') > 1)) {
					continue;
				}
				NameSuffixes.Suffix suffix = this.suffixes.suffixOf(item);
				EntityType type = suffix == null ? EntityType.PROJECT : suffix.type();
				int start = base + a + (list.substring(a, b).length() - list.substring(a, b).stripLeading().length());
				found.add(new Mention(item, paragraph.offset(start), paragraph.endOffset(start + item.length()), type,
						Compact.of(item).replace("“", "").replace("”", ""), null, "project-list"));
			}
		}
	}

	/**
	 * The matches of {@link #PROJECT_LIST} in {@code text}, found the same as by scanning it whole but only tried in
	 * the window a list can occupy before each 等…项目: its lazy 80-character group otherwise costs a scan per start
	 * position of every paragraph.
	 */
	private static List<Matcher> projectLists(String text) {
		List<Matcher> found = new ArrayList<>();
		Matcher trigger = PROJECT_LIST_END.matcher(text);
		int from = 0;
		while (trigger.find()) {
			Matcher m = PROJECT_LIST.matcher(text);
			m.region(Math.max(from, trigger.start() - PROJECT_LIST_WINDOW), trigger.end());
			if (m.find()) {
				found.add(m);
				from = m.end();
			}
		}
		return found;
	}

	/** Where a list's first item starts once the verbs that open the clause (推进, 加快实施) are skipped. */
	private int afterLeadingVerbs(String list, int a, int b) {
		List<HanlpSegmenter.Token> tokens = this.segmenter.segment(list.substring(a, b));
		int pos = a;
		for (HanlpSegmenter.Token t : tokens) {
			String tag = t.tag();
			// Single characters HanLP calls verbs are often the first half of an unknown name (盛虹).
			boolean verb = tag.startsWith("v") && !tag.equals("vn") && t.word().length() >= 2;
			boolean opener = verb || tag.startsWith("d") || tag.startsWith("p") || tag.startsWith("c") || tag.startsWith("u")
					|| tag.startsWith("w") || LEADING_VERBS.contains(t.word()) || t.word().isBlank()
					// A row number of a task table (40 推进…) opens the cell, not the name.
					|| isNumber(t.word()) && pos == a;
			if (!opener) {
				break;
			}
			pos = a + t.end();
		}
		return pos;
	}

	/** A name found at {@code [start, end)}; {@code level} is 省, 市 or 县 when the name opens with one, else 0. */
	private record Candidate(int start, int end, EntityType type, char level) {

		Candidate(int start, int end, EntityType type) {
			this(start, end, type, (char) 0);
		}

	}

	/** 学校 in 小学校长, 院 in 研究院院长: the ending is cut from a person's title. */
	private static boolean headOfInstitution(String text, CharTrie.Hit<NameSuffixes.Suffix> hit) {
		if (hit.start() > 0 && text.charAt(hit.start() - 1) == '大' && text.startsWith("学校", hit.start())) {
			// 大学校地合作: the name is the 大学, not a 学校.
			return true;
		}
		return hit.end() < text.length() && text.charAt(hit.end()) == '长'
				&& "校院所站馆".indexOf(text.charAt(hit.end() - 1)) >= 0;
	}

	/** A longer ending follows (园区 then 管委会): the name goes on and belongs to someone else. */
	private boolean continuesName(String text, int end, int limit) {
		if (end >= limit) {
			return false;
		}
		CharTrie.Hit<NameSuffixes.Suffix> next = this.suffixTrie.longestAt(text, end);
		return next != null && next.end() - end >= 2 && next.values().get(0).type() != EntityType.PROJECT;
	}

	/**
	 * Tokens of the stretches of a paragraph that lie just before name endings: each stretch is segmented once, and
	 * text far from any ending is never segmented at all.
	 */
	private final class Tokens {

		private final String text;

		private final TreeMap<Integer, Window> windows = new TreeMap<>();

		Tokens(String text, List<Integer> suffixStarts) {
			this.text = text;
			int from = -1;
			int to = -1;
			for (int s : suffixStarts) {
				int a = Math.max(0, s - MAX_NAME - 2);
				if (from >= 0 && a <= to) {
					to = Math.max(to, s);
					continue;
				}
				if (from >= 0) {
					this.windows.put(from, new Window(from, to));
				}
				from = a;
				to = s;
			}
			if (from >= 0) {
				this.windows.put(from, new Window(from, to));
			}
		}

		/** The segmented window that ends at or after {@code pos} and starts before it. */
		Window around(int pos) {
			var e = this.windows.floorEntry(pos - 1);
			return e == null || e.getValue().to < pos ? null : e.getValue();
		}

		final class Window {

			final int from;

			final int to;

			private List<HanlpSegmenter.Token> tokens;

			Window(int from, int to) {
				this.from = from;
				this.to = to;
			}

			/** Tokens with offsets in paragraph coordinates. */
			List<HanlpSegmenter.Token> list() {
				if (this.tokens == null) {
					List<HanlpSegmenter.Token> raw = HanlpCandidateStage.this.segmenter.segment(Tokens.this.text.substring(this.from, this.to));
					List<HanlpSegmenter.Token> shifted = new ArrayList<>(raw.size());
					for (HanlpSegmenter.Token t : raw) {
						shifted.add(new HanlpSegmenter.Token(t.word(), t.tag(), t.offset() + this.from));
					}
					this.tokens = shifted;
				}
				return this.tokens;
			}

			/** Index of the last token starting before {@code pos}, or -1. */
			int lastBefore(int pos) {
				List<HanlpSegmenter.Token> l = list();
				int i = l.size() - 1;
				while (i >= 0 && l.get(i).offset() >= pos) {
					i--;
				}
				return i;
			}

		}

	}

	private Candidate candidate(String text, int suffixStart, int end, NameSuffixes.Suffix suffix, boolean[] place,
			Tokens tokens, int siblingStart) {
		if (suffixStart > 2 && text.charAt(suffixStart - 1) == '）') {
			// 洋县（如皋）产业园: a bracketed partner place belongs to the name.
			int open = text.lastIndexOf('（', suffixStart - 1);
			if (open > 0 && suffixStart - open <= 8 && place[open + 1] && place[suffixStart - 2]) {
				Candidate inner = candidate(text, open, end, suffix, place, tokens, -1);
				return inner == null || inner.start() >= open ? null : inner;
			}
		}
		if (suffixStart > 0 && text.charAt(suffixStart - 1) == '”') {
			// “创智号”试验船: the quoted words are the name.
			int open = text.lastIndexOf('“', suffixStart - 1);
			if (open < 0 || suffixStart - open > 20) {
				return null;
			}
			String quoted = text.substring(open, suffixStart);
			long han = quoted.chars().filter((c) -> isHan((char) c)).count();
			// A quoted slogan before 项目 or 工程 (“揭榜挂帅”项目) names a programme, not a project.
			boolean slogan = suffix.type() == EntityType.PROJECT && (suffix.text().equals("项目") || suffix.text().equals("工程"));
			return han >= 2 && !slogan && !quoted.matches(".*[两三四五六七八九十][\\u4e00-\\u9fa5].*")
					? new Candidate(open, end, suffix.type()) : null;
		}
		if (suffixStart == 0 || CLAUSE_BREAK.indexOf(text.charAt(suffixStart - 1)) >= 0) {
			return null;
		}
		if (siblingStart < 0 && end < text.length() && text.charAt(end) == '、'
				&& (suffix.type() == EntityType.PARK || suffix.type() == EntityType.PROJECT)
				&& nextItemEndsWith(text, end + 1, suffix.text())) {
			// 甲山大道、乙城大道: items sharing their ending name particular ones; the first is opened by a verb.
			Tokens.Window w = tokens.around(suffixStart);
			int b = suffixStart;
			while (b > 0 && isHan(text.charAt(b - 1)) && suffixStart - b < 6) {
				b--;
				if (w != null && b < suffixStart - 1 && afterVerb(text, b, w.list())) {
					return new Candidate(b, end, suffix.type());
				}
			}
		}
		if (siblingStart >= 0 && (suffix.type() == EntityType.PARK || suffix.type() == EntityType.PROJECT)
				&& suffixStart - siblingStart >= 3 && suffixStart - siblingStart <= MAX_NAME
				&& isHan(text.charAt(siblingStart)) && noBreak(text, siblingStart, suffixStart)) {
			return new Candidate(siblingStart, end, suffix.type());
		}
		int owned = text.lastIndexOf('的', suffixStart - 1);
		if (owned >= 2 && suffixStart - owned >= 3 && suffixStart - owned <= 8 && noBreak(text, owned + 1, suffixStart)
				&& (place[owned - 1] || "市县区".indexOf(text.charAt(owned - 1)) >= 0 && text.charAt(owned - 2) == '我')) {
			// 我市的X, 甲县的X: the place that owns it marks X as one in particular, and 的 is its left edge.
			return new Candidate(owned + 1, end, suffix.type());
		}
		Tokens.Window window = tokens.around(suffixStart);
		if (window == null) {
			return null;
		}
		List<HanlpSegmenter.Token> list = window.list();
		int left = suffixStart;
		boolean specific = false;
		boolean strong = false;
		boolean previousGlue = false;
		boolean unknownPair = false;
		for (int k = window.lastBefore(suffixStart); k >= 0; k--) {
			HanlpSegmenter.Token t = list.get(k);
			String tag = t.tag();
			if (t.word().isBlank() && besideDigits(list, k) && suffixStart - t.offset() <= MAX_NAME) {
				// PDF text spaces out numbers (30 万吨级): the name runs on across the gap.
				continue;
			}
			if (t.word().isBlank() || suffixStart - t.offset() > MAX_NAME) {
				break;
			}
			boolean inPlace = place[t.offset()] || place[Math.min(t.end(), text.length()) - 1];
			// Single characters HanLP could not place (康 缘 in 康缘药业) glue a name; a lone verb before a name (到,
			// 去) does not.
			boolean rightIsShort = k + 1 >= list.size() || list.get(k + 1).offset() >= suffixStart
					|| list.get(k + 1).word().length() == 1;
			boolean nounish = tag.startsWith("n") || tag.startsWith("a") || tag.startsWith("b") || tag.startsWith("g");
			boolean glue = t.word().length() == 1 && !NEVER_GLUE.contains(tag) && (nounish || rightIsShort && tag.equals("vg"));
			if (!inPlace && !glue && (!NAME_TAGS.contains(tag) && !tag.startsWith("n") || LEADING_VERBS.contains(t.word()))) {
				int anchor = t.word().length() == 1 && suffix.type() == EntityType.ENTERPRISE
						? placeAnchor(list, k, suffixStart, place, text) : -1;
				if (anchor < 0 && t.word().length() == 1 && suffix.type() == EntityType.ENTERPRISE && k > 0
						&& !HARD_STOPS.contains(tag) && list.get(k - 1).end() == t.offset()
						&& list.get(k - 1).word().length() >= 2 && list.get(k - 1).tag().startsWith("v")) {
					// 引进宁港集团: a verb right before an odd single character marks where a firm's short name starts.
					anchor = t.offset();
				}
				if (anchor >= 0) {
					// 浙江宏钜铝业, 南通启渡船厂: HanLP splits a firm's rare trade name into odd single characters; a
					// place just before them opens the name.
					left = anchor;
					strong = true;
					specific = true;
				}
				break;
			}
			if (GENERIC_LEADS.contains(t.word())) {
				break;
			}
			left = t.offset();
			boolean proper = inPlace || (STRONG_TAGS.contains(tag) || tag.startsWith("ns") || tag.startsWith("nt")) && t.word().length() >= 2;
			// Two unknown single characters in a row (惠榆, 苏宿) are an abbreviated proper name.
			strong |= proper || glue && previousGlue && suffix.type() == EntityType.PARK;
			unknownPair |= glue && previousGlue;
			previousGlue = glue;
			specific |= proper || SPECIFIC_TAGS.contains(tag) || glue;
		}
		while (left < suffixStart && !isHan(text.charAt(left)) && !Character.isDigit(text.charAt(left))) {
			left++;
		}
		// 20万吨级散货码头, 220千伏变电站: a capacity opens the name and tells one facility from another.
		if (!CAPACITY.matcher(text).region(left, suffixStart).lookingAt()) {
			while (left < suffixStart && !isHan(text.charAt(left))) {
				left++;
			}
		}
		boolean capacity = CAPACITY.matcher(text).region(left, suffixStart).find();
		while (left < suffixStart && "级个家项座条批年月日等吨米号".indexOf(text.charAt(left)) >= 0) {
			left++;
		}
		// 市传染病医院, 省农科院: the level of government names the home city or province; it stays in the surface
		// and becomes the place in the canonical name.
		char level = left < suffixStart && "省市县".indexOf(text.charAt(left)) >= 0 && !place[left]
				&& "区级属域内".indexOf(text.charAt(left + 1)) < 0 ? text.charAt(left) : 0;
		if (level == 0 && left < suffixStart - 1 && "省市县".indexOf(text.charAt(left)) >= 0 && !place[left]) {
			// 县区特色电商产业园, 市级医院: a level of government in general, not a named place.
			left++;
		}
		int start = left;
		int nameStart = level != 0 ? left + 1 : left;
		if (level == 0 && left >= 2 && text.charAt(left - 2) == '我' && "市县省".indexOf(text.charAt(left - 1)) >= 0) {
			// 我市社会福利中心: the document's own city.
			level = text.charAt(left - 1);
			start = left - 2;
		}
		long han = text.substring(nameStart, suffixStart).chars().filter((c) -> isHan((char) c)).count();
		if (han < 2 && !(level != 0 && suffix.text().length() >= 3)) {
			// 市救助站, 省农科院: a level of government and a specific ending name one institution.
			return null;
		}
		if (level != 0 && (GENERIC_LEADS.contains(text.substring(nameStart, suffixStart))
				|| GENERIC_MIDDLES.contains(text.substring(nameStart, suffixStart)))) {
			return null;
		}
		if (place[start] && suffix.type() != EntityType.PARK) {
			// 洋县医院, 洋县产业项目: a place and a generic word name no one in particular.
			int k = start;
			while (k < suffixStart && place[k]) {
				k++;
			}
			String rest = text.substring(k, suffixStart);
			if (rest.length() < 2 && GENERIC_ENDINGS.contains(suffix.text()) || GENERIC_LEADS.contains(rest)
					|| GENERIC_MIDDLES.contains(rest)) {
				return null;
			}
		}
		if (onlyKinds(text.substring(nameStart, suffixStart))) {
			return null;
		}
		if (suffix.text().endsWith("园区") && text.lastIndexOf("示范", suffixStart) < nameStart) {
			// 现代产业园区, 某市特色功能园区: a describing word after the place (if any) names a kind of park; a
			// 示范园区 is designated, so it stays one in particular.
			int k = nameStart;
			while (k < suffixStart && place[k]) {
				k++;
			}
			if (k + 2 <= suffixStart && DESCRIPTIVE_LEADS.contains(text.substring(k, k + 2))) {
				return null;
			}
		}
		// Projects and parks are named with common words more often than firms: they need a place, a proper noun
		// or a pair of city abbreviations (苏宿, 宁淮).
		strong |= suffixStart - start >= 2 && this.cityAbbreviations.containsKey(text.charAt(start))
				&& this.cityAbbreviations.containsKey(text.charAt(start + 1));
		strong |= level != 0;
		specific |= level != 0;
		if (suffix.type() == EntityType.PROJECT && openedByVerbOrList(text, start, list)) {
			// A project right after a verb or a list separator, with a capacity, a phase (二期工程) or a pair of
			// characters HanLP does not know (an uncommon place name), names one facility.
			strong |= capacity || unknownPair || PHASE.matcher(text).region(start, end).find();
		}
		if ((suffix.type() == EntityType.PARK || suffix.type() == EntityType.ORGANIZATION) && level == 0
				&& afterVerb(text, start, list) && plainWordsBefore(text, nameStart, suffixStart, list)) {
			// 推进海港电商综试区建设, 建设海滨医学科学中心: a verb gives the left edge, and a park or institution
			// named with several words of its own is one in particular.
			long words = text.substring(nameStart, suffixStart).chars().filter((c) -> isHan((char) c)).count();
			// Two words of its own are enough before a specific park ending (创新区, 物流园), not before a generic
			// one (园区) or one that says "industry" (电商产业园区 is a kind of park).
			boolean specificEnding = suffix.text().length() >= 3 && !suffix.text().startsWith("产业")
					&& !suffix.text().startsWith("工业");
			boolean longEnough = words >= (suffix.type() == EntityType.PARK ? (specificEnding ? 2 : 3) : 4);
			strong |= longEnough;
			specific |= longEnough;
		}
		if (suffix.text().contains("示范") && afterTitleVerb(text, start, list)) {
			// 创建国家全域旅游示范区: a title a place competes for, not a park.
			return null;
		}
		boolean enough = suffix.type() == EntityType.PROJECT || suffix.type() == EntityType.PARK ? strong : specific;
		return enough ? new Candidate(start, end, suffix.type(), level) : null;
	}

	/** Words that grade or classify an institution (三甲医院, 方舱医院, 公办学校) rather than name one. */
	private static final List<String> KINDS = List.of("三级甲等", "三级", "二级", "三甲", "二甲", "方舱", "定点", "公立", "公办", "民办",
			"民营", "专科", "综合", "基层", "乡镇", "村级", "属");

	/** Whether a name's words before its ending only grade or classify it, after an optional owner (市属). */
	private static boolean onlyKinds(String words) {
		String rest = Compact.of(words);
		boolean stripped = false;
		boolean again = true;
		while (again && !rest.isEmpty()) {
			again = false;
			for (String k : KINDS) {
				if (rest.endsWith(k)) {
					rest = rest.substring(0, rest.length() - k.length());
					stripped = again = true;
					break;
				}
			}
		}
		return stripped && (rest.isEmpty() || rest.endsWith("市") || rest.endsWith("县") || rest.endsWith("省"));
	}

	private static final Pattern CAPACITY = Pattern
		.compile("\\d+(?:\\.\\d+)?\\s*(?:万吨级|万吨|吨级|千伏|万千瓦|千瓦|兆瓦|万标箱|万立方米)");

	private static final Pattern PHASE = Pattern.compile("[一二三四五六七八九十]期");

	/** Words naming a line of business in general; a park's name that closes with one (电商产业园区) names a kind. */
	private static final Set<String> TRADE_WORDS = Set.of("产业", "企业", "工业", "农业", "特色", "相关", "重点", "各类");

	/** Words that describe any park or institution (现代农业, 特色) and so cannot start a particular one's name. */
	private static final Set<String> DESCRIPTIVE_LEADS = Set.of("现代", "特色", "高端", "智慧", "绿色", "生态", "综合", "新兴", "传统",
			"全域", "区域", "各级", "省级", "市级", "县级", "国家级", "社区", "乡镇", "村级", "农村", "城乡", "全年", "一批");

	/**
	 * Whether the name's words before its ending open with a word of its own, not a describing one, a quantity or a
	 * time (一批, 全年), and do not close with a word of any trade (电商产业园区).
	 */
	private static boolean plainWordsBefore(String text, int from, int to, List<HanlpSegmenter.Token> tokens) {
		HanlpSegmenter.Token first = null;
		HanlpSegmenter.Token last = null;
		for (HanlpSegmenter.Token t : tokens) {
			if (t.offset() >= from && t.offset() < to) {
				first = first == null ? t : first;
				last = t;
			}
		}
		if (first == null) {
			return false;
		}
		String tag = first.tag();
		return !GENERIC_LEADS.contains(first.word()) && !DESCRIPTIVE_LEADS.contains(first.word())
				&& !GENERIC_MIDDLES.contains(first.word()) && !tag.startsWith("m") && !tag.startsWith("q")
				&& !tag.startsWith("t") && !TRADE_WORDS.contains(last.word());
	}

	/** Verbs of competing for or winning a title. */
	private static final Set<String> TITLE_VERBS = Set.of("创建", "争创", "创成", "申报", "申创", "获评", "评为", "对照", "创");

	private static boolean afterTitleVerb(String text, int start, List<HanlpSegmenter.Token> tokens) {
		for (HanlpSegmenter.Token t : tokens) {
			if (t.end() == start || t.end() == start - 1 && text.charAt(start - 1) == ' ') {
				return TITLE_VERBS.contains(t.word());
			}
		}
		return false;
	}

	/** Whether a verb (推进, 建设) ends right before {@code start}. */
	private static boolean afterVerb(String text, int start, List<HanlpSegmenter.Token> tokens) {
		int b = start;
		while (b > 0 && text.charAt(b - 1) == ' ') {
			b--;
		}
		for (HanlpSegmenter.Token t : tokens) {
			if (t.end() == b) {
				return t.word().length() >= 2 && (t.tag().startsWith("v") || LEADING_VERBS.contains(t.word()));
			}
		}
		return false;
	}

	/** Endings of an institution's local branch (实验室 + 南京 + 分中心). */
	private static final List<String> BRANCH_ENDINGS = List.of("分支机构", "分中心", "分院", "分所", "中心", "基地");

	/** 某实验室苏州中心: an institution followed by a place and a branch ending names its branch there. */
	private static Candidate withBranch(String text, Candidate c, boolean[] place) {
		int k = c.end();
		while (k < text.length() && place[k]) {
			k++;
		}
		if (k == c.end()) {
			return c;
		}
		for (String ending : BRANCH_ENDINGS) {
			if (text.startsWith(ending, k)) {
				return new Candidate(c.start(), k + ending.length(), c.type(), c.level());
			}
		}
		return c;
	}

	/** Tags a firm's trade name never runs across: prepositions, particles, adverbs, pronouns, punctuation. */
	private static final Set<String> HARD_STOPS = Set.of("p", "c", "cc", "ude1", "ude2", "ude3", "uzhe", "ule", "uguo", "d", "r",
			"rr", "rz", "w", "e", "y", "o", "vshi", "vyou", "m", "q");

	/**
	 * Start of the place token that opens a firm's name whose trade name HanLP broke into single characters: from
	 * token {@code k} leftwards over at most three single characters, or -1.
	 */
	private static int placeAnchor(List<HanlpSegmenter.Token> list, int k, int suffixStart, boolean[] place, String text) {
		int singles = 0;
		for (int j = k; j >= 0 && suffixStart - list.get(j).offset() <= MAX_NAME; j--) {
			HanlpSegmenter.Token t = list.get(j);
			boolean inPlace = place[t.offset()] || t.tag().startsWith("ns") && t.word().length() >= 2;
			if (inPlace) {
				return singles > 0 ? t.offset() : -1;
			}
			if (t.word().length() != 1 || HARD_STOPS.contains(t.tag()) || !isHan(t.word().charAt(0)) || ++singles > 3) {
				return -1;
			}
		}
		return -1;
	}

	/** Whether the list item starting at {@code from} ends with {@code ending} (before 、，。 or 等). */
	private static boolean nextItemEndsWith(String text, int from, String ending) {
		int k = from;
		while (k < text.length() && k - from <= MAX_NAME && "、，。；：,;:（）()等和及".indexOf(text.charAt(k)) < 0) {
			k++;
		}
		return k - from > ending.length() + 1 && text.startsWith(ending, k - ending.length());
	}

	private static boolean noBreak(String text, int from, int to) {
		for (int k = from; k < to; k++) {
			if (CLAUSE_BREAK.indexOf(text.charAt(k)) >= 0 || "和及与等".indexOf(text.charAt(k)) >= 0) {
				return false;
			}
		}
		return true;
	}

	private static boolean besideDigits(List<HanlpSegmenter.Token> list, int k) {
		return k > 0 && isNumber(list.get(k - 1).word()) || k + 1 < list.size() && isNumber(list.get(k + 1).word());
	}

	private static boolean isNumber(String word) {
		return !word.isEmpty() && word.chars().allMatch((c) -> Character.isDigit(c) || c == '.');
	}

	/** Whether what comes before {@code start} is a list separator, punctuation, a verb or a conjunction. */
	private static boolean openedByVerbOrList(String text, int start, List<HanlpSegmenter.Token> tokens) {
		int b = start;
		while (b > 0 && text.charAt(b - 1) == ' ') {
			b--;
		}
		if (b == 0 || "、，。；：,;:“（(和及与".indexOf(text.charAt(b - 1)) >= 0) {
			return true;
		}
		for (HanlpSegmenter.Token t : tokens) {
			if (t.end() == b) {
				return t.tag().startsWith("v") || t.tag().startsWith("c") || LEADING_VERBS.contains(t.word());
			}
		}
		return false;
	}

	private static boolean isHan(char c) {
		return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
	}

	@Override
	public Set<Slot> requires() {
		return Set.of(Slot.TEXT, Slot.PLACES, Slot.CONTEXT, Slot.MENTIONS);
	}

	@Override
	public Set<Slot> provides() {
		return Set.of(Slot.MENTIONS);
	}

}
