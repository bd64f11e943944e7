package org.coopgraph.extract.stage;

import java.util.List;

import org.coopgraph.extract.gazetteer.WordLists;

/**
 * Recognises a body's name written as part of a role (CONVENTIONS: names inside other names): a job title (县委书记,
 * 区委常委、副区长), a meeting (县政府常务会议), a report (区政府工作报告) or a collective of its parts (市委各部门).
 * Such a name refers to a person, an event or a group of other bodies, not to the body. Work teams are the
 * exception: a 工作队, 工作组 or 指挥部 named in a job title is one.
 * Words from resource {@code body-roles.tsv}. Immutable and thread-safe.
 */
final class BodyRoles {

	private static final String RESOURCE = "/org/coopgraph/extract/body-roles.tsv";

	private static final List<String> TEAMS = List.of("工作队", "工作组", "指挥部");

	private final List<String> titles;

	private final List<String> meetings;

	private final List<String> parts;

	private BodyRoles(List<String> titles, List<String> meetings, List<String> parts) {
		this.titles = titles;
		this.meetings = meetings;
		this.parts = parts;
	}

	static BodyRoles load() {
		WordLists lists = WordLists.load(RESOURCE);
		return new BodyRoles(lists.list("job-titles"), lists.list("meeting-words"), lists.list("collective-parts"));
	}

	/** Whether the body {@code name}, ending at {@code end} of {@code text}, is written as part of a role there. */
	boolean inRole(String text, int end, String name) {
		if (TEAMS.stream().anyMatch(name::endsWith)) {
			return false;
		}
		int title = text.startsWith("副", end) ? end + 1 : end;
		return this.titles.stream().anyMatch((t) -> text.startsWith(t, title))
				|| this.meetings.stream().anyMatch((m) -> text.startsWith(m, end))
				|| this.parts.stream().anyMatch((p) -> text.startsWith(p, end));
	}

}
