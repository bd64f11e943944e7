package org.coopgraph.extract.stage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.coopgraph.extract.DocumentContext;
import org.coopgraph.extract.Extraction;
import org.coopgraph.extract.Mention;
import org.coopgraph.extract.Slot;
import org.coopgraph.extract.Stage;
import org.coopgraph.extract.gazetteer.CharTrie;
import org.coopgraph.extract.gazetteer.Division;
import org.coopgraph.extract.gazetteer.DivisionGazetteer;
import org.coopgraph.extract.gazetteer.NameSuffixes;
import org.coopgraph.extract.hanlp.HanlpSegmenter;
import org.coopgraph.extract.model.EntityType;
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
 * cheaper than segmenting the document. The rules live in {@link NameCandidates} and the classes it names, their word
 * lists in {@code candidate-words.tsv}. Stateless and thread-safe.
 */
public final class HanlpCandidateStage implements Stage {

	static final String SOURCE = "hanlp-candidate";

	private final HanlpSegmenter segmenter;

	private final CandidateWords words;

	private final CharTrie<NameSuffixes.Suffix> suffixTrie;

	private final NameSuffixes suffixes;

	private final NameCandidates names;

	private final ProjectListRule projectLists;

	private final BodyRoles roles = BodyRoles.load();

	private final BareZones bareZones;

	private final ListedZones listedZones;

	private final FreeTradeAreas freeTradeAreas;

	private final DivisionGazetteer gazetteer;

	private final Set<String> provinceNames;

	public HanlpCandidateStage(HanlpSegmenter segmenter, NameSuffixes suffixes,
			Map<Character, String> cityAbbreviations, DivisionGazetteer gazetteer) {
		this.segmenter = segmenter;
		this.gazetteer = gazetteer;
		this.provinceNames = gazetteer.provinceNames();
		this.words = CandidateWords.load();
		this.suffixes = suffixes;
		CharTrie.Builder<NameSuffixes.Suffix> b = new CharTrie.Builder<>();
		for (NameSuffixes.Suffix s : suffixes.all()) {
			b.put(s.text(), s);
		}
		this.suffixTrie = b.build();
		this.names = new NameCandidates(this.words, cityAbbreviations);
		this.projectLists = new ProjectListRule(segmenter, suffixes, this.words);
		this.bareZones = BareZones.of(this.words, segmenter);
		this.listedZones = ListedZones.of(this.words, gazetteer);
		this.freeTradeAreas = new FreeTradeAreas(gazetteer);
	}

	@Override
	public Extraction apply(Extraction in) {
		List<Mention> found = new ArrayList<>(in.mentions());
		List<Mention> places = in.places();
		int next = 0;
		for (JoinedText paragraph : in.text().paragraphs()) {
			String text = paragraph.text();
			boolean[] place = new boolean[text.length()];
			Set<Integer> fullPlaceStarts = new HashSet<>();
			PlaceChainOpening chains = new PlaceChainOpening(this.gazetteer);
			Map<Integer, Mention> placesByEnd = new HashMap<>();
			int paragraphEnd = paragraph.endOffset(text.length());
			while (next < places.size() && places.get(next).start() < paragraphEnd) {
				Mention p = places.get(next++);
				int a = paragraph.indexOf(p.start());
				int b = paragraph.indexOf(p.end() - 1);
				if (a >= 0 && p.division() != null && p.surface().equals(p.division().name())) {
					fullPlaceStarts.add(a);
				}
				if (a >= 0 && b >= a) {
					chains.add(a, b + 1, p);
					placesByEnd.put(b + 1, p);
				}
				for (int k = a; a >= 0 && b >= a && k <= b; k++) {
					place[k] = true;
				}
			}
			boolean[] freeTrade = new boolean[text.length()];
			this.freeTradeAreas.find(paragraph, found, freeTrade);
			this.projectLists.find(paragraph, found);
			ShapedNames.numberedInstitutes(paragraph, found);
			ShapedNames.ports(paragraph, place, found);
			this.listedZones.find(paragraph, placesByEnd, place, found);
			this.bareZones.find(paragraph, place, in.context().homeCity(), found);
			List<Integer> suffixStarts = new ArrayList<>();
			for (int i = 0; i < text.length(); i++) {
				if (!freeTrade[i] && this.suffixTrie.longestAt(text, i) != null) {
					suffixStarts.add(i);
				}
			}
			if (suffixStarts.isEmpty()) {
				continue;
			}
			Candidate previous = null;
			SegmentWindows tokens = new SegmentWindows(this.segmenter, text, suffixStarts, NameLeftEdge.MAX_NAME + 2);
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
				Candidate c = this.names.candidate(text, i, hit.end(), hit.values().get(0), place, tokens, siblingStart);
				if (c == null || programmeProjectsOf(text, previous, c, i)) {
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
					c = withHometown(text, c, place);
					c = withBranch(text, c, place, this.words.branchEndings());
				}
				else if (c.type() == EntityType.PARK) {
					c = withBranch(text, c, place, this.words.zoneBranchEndings());
				}
				// 我市某某博物馆: the possessive is no part of the name as written.
				int written = c.level() != 0 && text.charAt(c.start()) == '我' ? c.start() + 2 : c.start();
				String surface = text.substring(written, c.end());
				int nameStart = c.type() == EntityType.ENTERPRISE ? c.start()
						: afterProvince(text, c.start(), fullPlaceStarts);
				if (c.type() == EntityType.PARK) {
					nameStart = chains.innermost(nameStart, c.end());
				}
				String name = text.substring(nameStart, c.end()).replace("“", "").replace("”", "").replace(" ", "");
				if (c.level() != 0) {
					name = withPlace(name.startsWith("我") ? name.substring(1) : name, c.level(), in.context());
					if (name == null) {
						continue;
					}
				}
				if (c.type() == EntityType.ORGANIZATION && this.roles.inRole(text, c.end(), name)) {
					// 某大学教授, 某医院院长: the name is part of a person's title. Firms stay: the seed gold keeps a
					// company named only before its chairman. Nothing was added for the next name to run on from.
					previous = null;
					continue;
				}
				found.add(new Mention(surface.replace(" ", ""), paragraph.offset(written), paragraph.endOffset(c.end()),
						c.type(), name, null, SOURCE));
				String body = c.type() == EntityType.PARK ? zoneBody(text, c.end()) : null;
				if (body != null && !this.roles.inRole(text, c.end() + body.length(), name + body)) {
					// 某开发区管委会: the body that runs the zone, named after it.
					int bodyEnd = c.end() + body.length();
					found.add(new Mention(surface.replace(" ", "") + body, paragraph.offset(c.start()),
							paragraph.endOffset(bodyEnd), EntityType.DEPARTMENT, name + body, null, SOURCE));
				}
				previous = c;
			}
		}
		return in.withMentions(List.copyOf(projectsInsideZones(found)));
	}

	/**
	 * 甲乙工业园区 and 甲乙智能装备产业园 in one document: the second opens with the first's name and is a project built
	 * inside it, not a park of its own.
	 */
	private List<Mention> projectsInsideZones(List<Mention> mentions) {
		List<String> zones = new ArrayList<>();
		for (Mention m : mentions) {
			NameSuffixes.Suffix s = m.type() == EntityType.PARK ? this.suffixes.suffixOf(m.canonical()) : null;
			if (s != null && !this.words.zoneProjectEndings().contains(s.text())) {
				zones.add(m.canonical().substring(0, m.canonical().length() - s.text().length()));
			}
		}
		if (zones.isEmpty()) {
			return mentions;
		}
		List<Mention> out = new ArrayList<>(mentions.size());
		for (Mention m : mentions) {
			NameSuffixes.Suffix s = m.type() == EntityType.PARK && SOURCE.equals(m.source())
					? this.suffixes.suffixOf(m.canonical()) : null;
			boolean inside = s != null && this.words.zoneProjectEndings().contains(s.text()) && zones.stream()
				.anyMatch((zone) -> zone.length() >= 2 && m.canonical().length() > zone.length() + s.text().length()
						&& m.canonical().startsWith(zone));
			out.add(inside ? new Mention(m.surface(), m.start(), m.end(), EntityType.PROJECT, m.canonical(), m.division(),
					m.source()) : m);
		}
		return out;
	}

	/**
	 * Where a name opening with its province and then the full name of a city or county (甘肃省某某自治州人民医院,
	 * 广西某某自治县产业园) starts without the province: places are named from the division that holds the
	 * institution, as counties are named without their city. A firm's registered name keeps its province.
	 */
	private int afterProvince(String text, int start, Set<Integer> fullPlaceStarts) {
		for (int p = start + 2; p <= Math.min(text.length(), start + MAX_PROVINCE); p++) {
			if (fullPlaceStarts.contains(p) && this.provinceNames.contains(text.substring(start, p))) {
				return p;
			}
		}
		return start;
	}

	/** The longest province name (广西壮族自治区). */
	private static final int MAX_PROVINCE = 8;

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

	/**
	 * 甲乙共建产业园重点项目: a project named by the park just before it and programme words only (重点, 帮扶, 示范) is any
	 * project of that park, not a name of its own.
	 */
	private boolean programmeProjectsOf(String text, Candidate previous, Candidate c, int suffixStart) {
		return c.type() == EntityType.PROJECT && previous != null && previous.type() == EntityType.PARK
				&& c.start() <= previous.start() && previous.end() < suffixStart
				&& GenericNames.madeOf(text.substring(previous.end(), suffixStart), this.words.programmeWords());
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

	/** The ending of a body named after the zone that ends at {@code end} (管委会, 总工会), or {@code null}. */
	private String zoneBody(String text, int end) {
		for (String ending : this.words.zoneBodyEndings()) {
			if (text.startsWith(ending, end)) {
				return ending;
			}
		}
		return null;
	}

	/**
	 * 某县在沪商会, 某市驻京联络处: the walk stops at 在 or 驻, yet the hometown before it and the province or city
	 * abbreviation after it belong to the name.
	 */
	private Candidate withHometown(String text, Candidate c, boolean[] place) {
		int at = c.start() - 1;
		if (at < 1 || "在驻".indexOf(text.charAt(at)) < 0 || !place[at - 1]
				|| !this.words.provinceAbbreviations().contains(String.valueOf(text.charAt(c.start())))) {
			return c;
		}
		int start = at - 1;
		while (start > 0 && place[start - 1]) {
			start--;
		}
		return new Candidate(start, c.end(), c.type(), c.level());
	}

	/**
	 * 某实验室苏州中心, 某自由贸易试验区某市片区: an institution or zone followed by a place and a branch ending names
	 * its branch there.
	 */
	private Candidate withBranch(String text, Candidate c, boolean[] place, List<String> endings) {
		int k = c.end();
		while (k < text.length() && place[k]) {
			k++;
		}
		if (k == c.end()) {
			return c;
		}
		for (String ending : endings) {
			if (text.startsWith(ending, k)) {
				return new Candidate(c.start(), k + ending.length(), c.type(), c.level());
			}
		}
		return c;
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
