package org.coopgraph.extract.stage;

import java.util.List;

import org.coopgraph.extract.gazetteer.WordLists;
import org.coopgraph.extract.text.Han;

/**
 * Recognises a body's name written as part of a role (CONVENTIONS: names inside other names): a job title (县委书记,
 * 区委常委、副区长, 某大学教授, 某公司董事长), also with a rank (常务副院长, 三级调研员) or after one of the body's own units
 * (某厅某某处处长, 某大学某某研究院院长), a meeting (县政府常务会议), a report (区政府工作报告) or a collective of its
 * parts (市委各部门). Such a name refers to a person, an event or a group of other bodies, not to the body. Work teams
 * are the exception: a 工作队, 工作组 or 指挥部 named in a job title is one.
 * Words from resource {@code body-roles.tsv}. Immutable and thread-safe.
 */
final class BodyRoles {

	private static final String RESOURCE = "/org/coopgraph/extract/body-roles.tsv";

	private static final List<String> TEAMS = List.of("工作队", "工作组", "指挥部");

	private final List<String> titles;

	private final List<String> meetings;

	private final List<String> parts;

	private final List<String> ranks;

	private final List<String> subUnits;

	/** The longest internal unit read between a body and a title (区域协作促进处). */
	private static final int MAX_SUB_UNIT = 10;

	private BodyRoles(WordLists lists) {
		this.titles = lists.list("job-titles");
		this.meetings = lists.list("meeting-words");
		this.parts = lists.list("collective-parts");
		this.ranks = lists.list("title-ranks");
		this.subUnits = lists.list("sub-unit-endings");
	}

	static BodyRoles load() {
		return new BodyRoles(WordLists.load(RESOURCE));
	}

	/** Whether the body {@code name}, ending at {@code end} of {@code text}, is written as part of a role there. */
	boolean inRole(String text, int end, String name) {
		if (TEAMS.stream().anyMatch(name::endsWith)) {
			return false;
		}
		return titleAt(text, end) || titleAfterSubUnit(text, end)
				|| this.meetings.stream().anyMatch((m) -> text.startsWith(m, end))
				|| this.parts.stream().anyMatch((p) -> text.startsWith(p, end));
	}

	private boolean titleAt(String text, int at) {
		int title = at;
		for (String rank : this.ranks) {
			if (text.startsWith(rank, title)) {
				title += rank.length();
				break;
			}
		}
		int t = title;
		return this.titles.stream().anyMatch((w) -> text.startsWith(w, t));
	}

	/** A unit of the body (某某处, 某某研究院) and then a title: the title of a person in that unit. */
	private boolean titleAfterSubUnit(String text, int end) {
		int max = Math.min(text.length(), end + MAX_SUB_UNIT);
		for (int k = end + 1; k < max && Han.isHan(text.charAt(k - 1)); k++) {
			int unitEnd = k;
			if (this.subUnits.stream().anyMatch((u) -> unitEnd - u.length() > end && text.startsWith(u, unitEnd - u.length()))
					&& titleAt(text, k)) {
				return true;
			}
		}
		return false;
	}

}
