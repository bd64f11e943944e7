package org.coopgraph.extract.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.coopgraph.extract.text.Compact;
import org.coopgraph.extract.text.JoinedText;

/**
 * Splits a written list of units (市发改委、市教育局，海州区（连云港高新区）等) into single units, keeping brackets whole and
 * dropping collective units (各县区, 相关县区, 各结对镇（区、街道）, 功能板块, 市属企业) that name no one in particular.
 */
public final class UnitList {

	private static final Pattern COLLECTIVE = Pattern
		.compile("^(各|相关|有关|其他|其它|全市|全县|全区|全省|所有|部分|市各|县各|区各|等|市属|县属|区属|省属).*|.*(功能板块|各相关|相关部门|有关部门|成员单位|等部门|等单位)$");

	private static final Pattern TRAILING = Pattern.compile("(等部门|等单位|等|牵头|配合|负责)$");

	private static final Pattern LIST_SEPARATOR = Pattern.compile("[、，,；;]");

	private static final Pattern TRAILING_ETC = Pattern.compile("(等部门|等单位|等)$");

	private UnitList() {
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
		boolean collective = COLLECTIVE.matcher(unit).matches();
		unit = TRAILING.matcher(unit).replaceFirst("");
		boolean orphan = unit.equals("市") || unit.equals("县");
		if (collective || unit.length() > 40 || unit.length() < 2 && !orphan) {
			return;
		}
		units.add(new UnitRef(Compact.of(unit), joined.offset(a)));
	}

	/** A lone 市 or 县 split off by a space belongs to the next unit (市 12345公共服务中心). */
	private static List<UnitRef> mergeOrphans(List<UnitRef> units) {
		List<UnitRef> out = new ArrayList<>(units.size());
		for (int i = 0; i < units.size(); i++) {
			UnitRef u = units.get(i);
			if ((u.surface().equals("市") || u.surface().equals("县")) && i + 1 < units.size()) {
				UnitRef next = units.get(++i);
				out.add(new UnitRef(u.surface() + next.surface(), u.start()));
			}
			else if (u.surface().length() >= 2) {
				out.add(u);
			}
		}
		return out;
	}

}
