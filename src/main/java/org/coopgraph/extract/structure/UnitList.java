package org.coopgraph.extract.structure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.coopgraph.extract.gazetteer.WordLists;
import org.coopgraph.extract.text.Compact;
import org.coopgraph.extract.text.Han;
import org.coopgraph.extract.text.JoinedText;

/**
 * Splits a written list of units (市发改委、市教育局，海州区（连云港高新区）等) into single units, keeping brackets whole and
 * dropping collective units (各县区, 相关县区, 各结对镇（区、街道）, 功能板块, 市属企业) that name no one in particular.
 */
public final class UnitList {

	private static final Pattern COLLECTIVE = Pattern
		.compile("^(各|相关|有关|其他|其它|全市|全县|全区|全省|所有|部分|市各|县各|区各|等|市属|县属|区属|省属|[省市县区镇]级各).*"
				+ "|.*(各有关|各相关).*|.*(功能板块|相关部门|有关部门|成员单位|等部门|等单位)$");

	private static final Pattern TRAILING = Pattern.compile("(等部门|等单位|等|牵头|配合|负责)$");

	private static final Pattern LIST_SEPARATOR = Pattern.compile("[、，,；;]");

	private static final Pattern TRAILING_ETC = Pattern.compile("(等部门|等单位|等)$");

	private static final String REMARKS = "/org/coopgraph/extract/unit-remarks.tsv";

	private static final WordLists REMARK_WORDS = WordLists.load(REMARKS);

	private static final List<String> LEAD_WORDS = REMARK_WORDS.list("lead");

	private static final List<String> EACH_WORDS = REMARK_WORDS.list("each");

	private static final List<String> CO_WORDS = REMARK_WORDS.list("co");

	/** Every remark word, longest first, so that removing them leaves nothing of a remark. */
	private static final List<String> ALL_REMARK_WORDS = allRemarkWords();

	private UnitList() {
	}

	/** Characters that end a unit's name: a lone one split off by a space closes the unit before it. */
	private static final String UNIT_ENDINGS = "局委办厅部院所站队组会处室司署馆";

	/** Body endings that name no body alone: split off by a space (市自贸区 管委会), they close the unit before them. */
	static final List<String> BARE_ENDINGS = List.of("管理委员会", "管委会", "党工委", "领导小组", "办公室", "委员会",
			"工作组", "指挥部");

	private static List<String> allRemarkWords() {
		List<String> all = new ArrayList<>(REMARK_WORDS.list("remark"));
		all.addAll(LEAD_WORDS);
		all.addAll(EACH_WORDS);
		all.sort(Comparator.comparingInt(String::length).reversed());
		return List.copyOf(all);
	}

	/** Units in {@code joined.text()[from, to)}, with document offsets. */
	public static List<UnitRef> split(JoinedText joined, int from, int to, boolean splitOnSpace) {
		List<UnitRef> units = new ArrayList<>();
		String s = joined.text();
		int depth = 0;
		int begin = from;
		for (int i = from; i <= to; i++) {
			char c = i < to ? s.charAt(i) : '、';
			if (c == '（' || c == '(' || c == '〔' || c == '【') {
				depth++;
			}
			else if ((c == '）' || c == ')' || c == '〕' || c == '】') && depth > 0) {
				depth--;
			}
			boolean sep = c == '、' || c == '，' || c == ',' || c == '；' || c == ';' || c == '/' || c == '\n'
					|| (splitOnSpace && Character.isWhitespace(c));
			if (sep && (depth == 0 || i == to)) {
				add(units, joined, begin, i);
				begin = i + 1;
			}
		}
		return mergeOrphans(units);
	}

	/** Whether every item of a written list (市商务局、市发改委等) reads like a unit, and there is at least one. */
	public static boolean namesOnlyUnits(String cell, Predicate<String> looksLikeUnit) {
		int units = 0;
		for (String p : LIST_SEPARATOR.split(cell)) {
			String u = TRAILING_ETC.matcher(Compact.of(p)).replaceFirst("");
			if (u.isEmpty()) {
				continue;
			}
			if (!looksLikeUnit.test(u)) {
				return false;
			}
			units++;
		}
		return units > 0;
	}

	private static void add(List<UnitRef> units, JoinedText joined, int a, int b) {
		String s = joined.text();
		while (a < b && (Character.isWhitespace(s.charAt(a)) || "和及与".indexOf(s.charAt(a)) >= 0 && b - a > 3)) {
			a++;
		}
		while (b > a && (Character.isWhitespace(s.charAt(b - 1)) || "。．.：:".indexOf(s.charAt(b - 1)) >= 0)) {
			b--;
		}
		if (a >= b) {
			return;
		}
		String unit = s.substring(a, b);
		if ((unit.endsWith("）") || unit.endsWith(")")) && unit.indexOf('（') < 0 && unit.indexOf('(') < 0) {
			unit = unit.substring(0, unit.length() - 1);
		}
		String remark = bracketedRemark(unit);
		if (remark != null) {
			// 市商务局（分别牵头）, 市教育局（牵头，下同）: the note says how the unit takes part; it is no part of its name.
			unit = unit.substring(0, unit.length() - remark.length() - 2);
		}
		boolean collective = COLLECTIVE.matcher(unit).matches();
		unit = TRAILING.matcher(unit).replaceFirst("");
		boolean orphan = unit.length() == 1 && Han.isHan(unit.charAt(0));
		if (collective || unit.length() > 40 || unit.length() < 2 && !orphan || isRemark(unit)) {
			return;
		}
		boolean lead = remark != null && containsAny(remark, LEAD_WORDS);
		if (lead && containsAny(remark, EACH_WORDS)) {
			units.replaceAll(UnitRef::asLead);
		}
		boolean assists = remark != null && !lead && containsAny(remark, CO_WORDS);
		units.add(new UnitRef(Compact.of(unit), joined.offset(a), lead, assists));
	}

	/** The words inside a bracket closing {@code unit} when they are only remarks (牵头，下同), else {@code null}. */
	private static String bracketedRemark(String unit) {
		if (!unit.endsWith("）") && !unit.endsWith(")")) {
			return null;
		}
		int open = Math.max(unit.lastIndexOf('（'), unit.lastIndexOf('('));
		if (open <= 0) {
			return null;
		}
		String inside = unit.substring(open + 1, unit.length() - 1);
		for (String part : LIST_SEPARATOR.split(inside)) {
			if (!containsAny(part, ALL_REMARK_WORDS)) {
				return null;
			}
		}
		return inside.isBlank() ? null : inside;
	}

	/** Whether an item is only remark words (按职责分工负责, 下同), naming no unit. */
	private static boolean isRemark(String item) {
		String rest = Compact.of(item);
		for (String w : ALL_REMARK_WORDS) {
			rest = rest.replace(w, "");
		}
		return rest.isEmpty();
	}

	private static boolean containsAny(String text, List<String> words) {
		for (String w : words) {
			if (text.contains(w)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * PDF text spaces out the characters of a unit (市 发 改委, 市 12345公共服务中心, 市住建 局): a lone character
	 * split off by a space belongs to the next unit, or to the one before when it is a unit's ending; so does a bare
	 * body ending (市自贸区 管委会) after a unit that has none.
	 */
	/** Whether {@code item} is a bare body ending that closes {@code before}, a unit without an ending of its own. */
	static boolean closesUnit(String before, String item) {
		return BARE_ENDINGS.contains(item) && !before.isEmpty()
				&& UNIT_ENDINGS.indexOf(before.charAt(before.length() - 1)) < 0;
	}

	private static List<UnitRef> mergeOrphans(List<UnitRef> units) {
		List<UnitRef> out = new ArrayList<>(units.size());
		UnitRef pending = null;
		for (UnitRef u : units) {
			String s = u.surface();
			boolean lone = s.length() == 1;
			boolean closes = lone && UNIT_ENDINGS.indexOf(s.charAt(0)) >= 0
					|| !out.isEmpty() && closesUnit(out.get(out.size() - 1).surface(), s);
			if (closes && pending == null && !out.isEmpty()) {
				UnitRef previous = out.remove(out.size() - 1);
				out.add(new UnitRef(previous.surface() + s, previous.start(), previous.lead(), previous.assists()));
				continue;
			}
			UnitRef joined = pending == null ? u
					: new UnitRef(pending.surface() + s, pending.start(), pending.lead() || u.lead());
			if (lone) {
				pending = joined;
				continue;
			}
			pending = null;
			out.add(joined);
		}
		return out;
	}

}
