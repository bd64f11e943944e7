package org.coopgraph.extract.structure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.coopgraph.extract.gazetteer.WordLists;
import org.coopgraph.extract.text.JoinedText;

/**
 * A bracket of units after a plan's item, read as groups that each close with the part they play:
 * （由市发改局、市财政局负责）, （市发改委、市商务局牵头，市财政局配合）, （市民政局牵头，各有关单位按职责分工负责）. A group
 * closing in 牵头 leads, one closing in 配合 / 协助 assists, any other is responsible; the role words and an opening 由
 * are no part of a unit's name.
 */
record UnitGroups(List<UnitRef> lead, List<UnitRef> co, List<UnitRef> other) {

	private static final WordLists WORDS = WordLists.load("/org/coopgraph/extract/unit-remarks.tsv");

	private static final List<String> LEAD_WORDS = WORDS.list("lead");

	private static final List<String> CO_WORDS = WORDS.list("co");

	private static final List<String> AGENT_WORDS = WORDS.list("agent");

	/** Words a group may close with, longest first, so that 按职责分工负责 goes before 负责. */
	private static final List<String> CLOSING_WORDS = closingWords();

	private static final String GROUP_SEPARATORS = "，,；;";

	private static List<String> closingWords() {
		List<String> all = new ArrayList<>(WORDS.list("remark"));
		all.addAll(LEAD_WORDS);
		all.addAll(CO_WORDS);
		all.addAll(WORDS.list("each"));
		all.sort(Comparator.comparingInt(String::length).reversed());
		return List.copyOf(all);
	}

	/** The groups of {@code joined.text()[from, to)}, split where a comma or semicolon stands outside brackets. */
	static UnitGroups read(JoinedText joined, int from, int to) {
		String s = joined.text();
		List<UnitRef> lead = new ArrayList<>();
		List<UnitRef> co = new ArrayList<>();
		List<UnitRef> other = new ArrayList<>();
		int depth = 0;
		int begin = from;
		for (int i = from; i <= to; i++) {
			char c = i < to ? s.charAt(i) : '，';
			if ("（(〔【".indexOf(c) >= 0) {
				depth++;
			}
			else if ("）)〕】".indexOf(c) >= 0 && depth > 0) {
				depth--;
			}
			else if (GROUP_SEPARATORS.indexOf(c) >= 0 && depth == 0) {
				readGroup(joined, begin, i, lead, co, other);
				begin = i + 1;
			}
		}
		return new UnitGroups(List.copyOf(lead), List.copyOf(co), List.copyOf(other));
	}

	private static void readGroup(JoinedText joined, int a, int b, List<UnitRef> lead, List<UnitRef> co,
			List<UnitRef> other) {
		String s = joined.text();
		while (a < b && Character.isWhitespace(s.charAt(a))) {
			a++;
		}
		while (b > a && Character.isWhitespace(s.charAt(b - 1))) {
			b--;
		}
		for (String agent : AGENT_WORDS) {
			if (s.startsWith(agent, a) && b - a > agent.length() + 1) {
				a += agent.length();
			}
		}
		// Strip every closing word (配合，下同 / 按职责分工负责), remembering the strongest role among them.
		boolean leads = false;
		boolean assists = false;
		boolean stripped = true;
		while (stripped && b > a) {
			stripped = false;
			for (String w : CLOSING_WORDS) {
				// A unit keeps at least two characters: a name is never only its remark.
				if (b - a >= w.length() + 2 && s.startsWith(w, b - w.length())) {
					leads |= LEAD_WORDS.contains(w);
					assists |= CO_WORDS.contains(w);
					b -= w.length();
					stripped = true;
					break;
				}
			}
		}
		for (UnitRef u : UnitList.split(joined, a, b, false)) {
			if (leads || u.lead()) {
				lead.add(u.lead() ? u : u.asLead());
			}
			else if (assists || u.assists()) {
				co.add(u);
			}
			else {
				other.add(u);
			}
		}
	}

	boolean isEmpty() {
		return this.lead.isEmpty() && this.co.isEmpty() && this.other.isEmpty();
	}

	List<UnitRef> all() {
		List<UnitRef> all = new ArrayList<>(this.lead);
		all.addAll(this.co);
		all.addAll(this.other);
		return all;
	}

}
