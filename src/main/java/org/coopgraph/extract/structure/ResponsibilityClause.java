package org.coopgraph.extract.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.coopgraph.extract.text.JoinedText;

/**
 * The responsibility part of a task: （责任单位：…，完成时间：…）, 〔牵头单位：…；配合单位：…〕 or unbracketed 牵头单位：… lines,
 * or a closing bracket that lists only units (（市发改委、市财政局）). Tolerates unbalanced brackets (the clause then runs
 * to the end of the item).
 */
public record ResponsibilityClause(int start, List<UnitRef> lead, List<UnitRef> co, List<UnitRef> other,
		String deadline) {

	private static final Pattern LABEL = Pattern.compile(
			"(牵头单位|牵头部门|共同责任单位|配合单位|协办单位|参与单位|配合部门|责任单位|责任部门|负责单位|实施单位|承办单位|完成时间|完成时限|时间节点|时限要求|时限)\\s*[：:]");

	private static final String OPEN = "（(〔【[";

	/** Units written without a label before a labelled one are looked for this far back from the label. */
	private static final int UNLABELLED_REACH = 80;

	/**
	 * The clause in {@code joined}, or {@code null} when the text names no responsible unit or deadline;
	 * {@code looksLikeUnit} tells units written without a label before the first label in the same bracket
	 * (（县人社局负责；完成时限：11月底前）) from other text.
	 */
	public static ResponsibilityClause find(JoinedText joined, Predicate<String> looksLikeUnit) {
		String s = joined.text();
		// Every label ends in a colon: most paragraphs without one are rejected before the label alternation is
		// tried at each of their characters.
		if (s.indexOf('：') < 0 && s.indexOf(':') < 0) {
			return null;
		}
		Matcher m = LABEL.matcher(s);
		if (!m.find()) {
			return null;
		}
		int first = m.start();
		int start = first;
		int open = -1;
		for (int i = first - 1; i >= Math.max(0, first - 3); i--) {
			if (OPEN.indexOf(s.charAt(i)) >= 0) {
				open = i;
				break;
			}
		}
		UnitGroups unlabelled = null;
		if (open < 0) {
			int outer = unclosedOpening(s, first);
			if (outer >= 0 && closing(s, outer) > first) {
				unlabelled = unitsBefore(joined, outer, first, looksLikeUnit);
				open = unlabelled == null ? -1 : outer;
			}
		}
		int end = s.length();
		// A bracket that closes before the label, as in （）责任单位：, is not the clause's own.
		if (open >= 0 && closing(s, open) > first) {
			start = open;
			end = closing(s, open);
		}
		List<UnitRef> lead = new ArrayList<>(unlabelled == null ? List.of() : unlabelled.lead());
		List<UnitRef> co = new ArrayList<>(unlabelled == null ? List.of() : unlabelled.co());
		List<UnitRef> other = new ArrayList<>(unlabelled == null ? List.of() : unlabelled.other());
		String deadline = "";
		m = LABEL.matcher(s).region(first, end);
		List<int[]> labels = new ArrayList<>();
		while (m.find()) {
			labels.add(new int[] { m.start(), m.end() });
		}
		for (int k = 0; k < labels.size(); k++) {
			int[] l = labels.get(k);
			String label = s.substring(l[0], l[1]).replaceAll("[\\s：:]", "");
			int valueEnd = k + 1 < labels.size() ? labels.get(k + 1)[0] : end;
			if (label.startsWith("完成") || label.startsWith("时")) {
				deadline = s.substring(l[1], valueEnd).replaceAll("[，,；;。）)〕】\\s]+$", "").strip();
				continue;
			}
			List<UnitRef> units = UnitList.split(joined, l[1], valueEnd, false);
			if (label.startsWith("牵头")) {
				lead.addAll(units);
			}
			else if (label.startsWith("责任") || label.startsWith("负责") || label.startsWith("实施")
					|| label.startsWith("承办")) {
				assign(units, lead, other);
			}
			else {
				assign(units, lead, co);
			}
		}
		return new ResponsibilityClause(start, lead, co, other, deadline);
	}

	/**
	 * The bracket closing the item when everything it lists reads like a unit, besides collective ones (各有关单位) and
	 * the words saying what part each group plays (由…负责, …牵头, …配合): plans often name the responsible units that
	 * way, without a label. {@code null} otherwise.
	 */
	public static ResponsibilityClause trailingUnits(JoinedText joined, Predicate<String> looksLikeUnit) {
		String s = joined.text();
		int end = s.length();
		while (end > 0 && (Character.isWhitespace(s.charAt(end - 1)) || "。；;".indexOf(s.charAt(end - 1)) >= 0)) {
			end--;
		}
		if (end == 0 || s.charAt(end - 1) != '）' && s.charAt(end - 1) != ')') {
			return null;
		}
		int open = opening(s, end - 1);
		if (open <= 0) {
			return null;
		}
		UnitGroups groups = UnitGroups.read(joined, open + 1, end - 1);
		if (groups.isEmpty() || !groups.all().stream().allMatch((u) -> looksLikeUnit.test(u.surface()))) {
			return null;
		}
		return new ResponsibilityClause(open, groups.lead(), groups.co(), groups.other(), "");
	}

	/** The unit groups between the bracket at {@code open} and the label at {@code label}, or {@code null}. */
	private static UnitGroups unitsBefore(JoinedText joined, int open, int label, Predicate<String> looksLikeUnit) {
		String s = joined.text();
		int to = label;
		while (to > open + 1 && (Character.isWhitespace(s.charAt(to - 1)) || "，,；;、".indexOf(s.charAt(to - 1)) >= 0)) {
			to--;
		}
		UnitGroups groups = UnitGroups.read(joined, open + 1, to);
		return groups.isEmpty() || !groups.all().stream().allMatch((u) -> looksLikeUnit.test(u.surface())) ? null
				: groups;
	}

	/** The nearest bracket before {@code at} that is still open there, within reach, or -1. */
	private static int unclosedOpening(String s, int at) {
		int depth = 0;
		for (int i = at - 1; i >= Math.max(0, at - UNLABELLED_REACH); i--) {
			char x = s.charAt(i);
			if ("）)〕】".indexOf(x) >= 0) {
				depth++;
			}
			else if (OPEN.indexOf(x) >= 0) {
				if (depth == 0) {
					return i;
				}
				depth--;
			}
		}
		return -1;
	}

	/** Units a remark makes leads (市教育局（牵头）) go to {@code lead}, the others to {@code rest}. */
	private static void assign(List<UnitRef> units, List<UnitRef> lead, List<UnitRef> rest) {
		for (UnitRef u : units) {
			(u.lead() ? lead : rest).add(u);
		}
	}

	/** Position of the bracket that the one at {@code close} closes, or -1. */
	private static int opening(String s, int close) {
		int depth = 0;
		for (int i = close; i >= 0; i--) {
			char x = s.charAt(i);
			if (x == '）' || x == ')') {
				depth++;
			}
			else if (x == '（' || x == '(') {
				depth--;
				if (depth == 0) {
					return i;
				}
			}
		}
		return -1;
	}

	/** Position of the bracket closing the one at {@code open}, or the text length when it never closes. */
	static int closing(String s, int open) {
		char o = s.charAt(open);
		char c = switch (o) {
			case '（' -> '）';
			case '(' -> ')';
			case '〔' -> '〕';
			case '【' -> '】';
			default -> ']';
		};
		int depth = 0;
		for (int i = open; i < s.length(); i++) {
			char x = s.charAt(i);
			if (x == o || (o == '（' && x == '(') || (o == '(' && x == '（')) {
				depth++;
			}
			else if (x == c || (c == '）' && x == ')') || (c == ')' && x == '）')) {
				depth--;
				if (depth == 0) {
					return i;
				}
			}
		}
		return s.length();
	}

}
