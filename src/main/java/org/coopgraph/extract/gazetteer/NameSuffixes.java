package org.coopgraph.extract.gazetteer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.coopgraph.extract.model.EntityType;

/**
 * Name endings that tell an entity's type (工业园区 → Park, 集团 → Enterprise, 大学 → Organization, ...), from resource
 * {@code name-suffixes.tsv}, plus the endings of government bodies. Immutable and thread-safe.
 */
public final class NameSuffixes {

	private static final String RESOURCE = "/org/coopgraph/extract/name-suffixes.tsv";

	/** Endings of government and party bodies, work teams and similar units. */
	private static final List<String> BODY_ENDINGS = List.of("局", "委", "办", "部", "厅", "会", "组", "队", "院", "所", "站",
			"中心", "社", "处", "室", "政府", "海关", "支行", "分局", "联", "署", "科", "团", "委员会", "办公室", "管委会", "领导小组");

	public record Suffix(String text, EntityType type) {

		/**
		 * Whether the ending names a kind of its own (先行区, 创新区, 物流园), not a generic one (园区) or one that only
		 * says "industry" (电商产业园区 is a kind of park).
		 */
		public boolean specificKind() {
			return this.text.length() >= 3 && !this.text.startsWith("产业") && !this.text.startsWith("工业");
		}

	}

	private final List<Suffix> suffixes;

	private NameSuffixes(List<Suffix> suffixes) {
		this.suffixes = suffixes;
	}

	public static NameSuffixes load() {
		List<Suffix> list = new ArrayList<>();
		for (String[] row : TsvResource.rows(RESOURCE)) {
			list.add(new Suffix(row[0], EntityType.fromLabel(row[1])));
		}
		list.sort(Comparator.comparingInt((Suffix s) -> s.text().length()).reversed());
		return new NameSuffixes(List.copyOf(list));
	}

	public List<Suffix> all() {
		return this.suffixes;
	}

	/** The longest listed ending of {@code name}, or {@code null}. */
	public Suffix suffixOf(String name) {
		for (Suffix s : this.suffixes) {
			if (name.endsWith(s.text()) && name.length() > s.text().length()) {
				return s;
			}
		}
		return null;
	}

	/** Whether {@code name} ends the way a government or party body does. */
	public boolean endsLikeBody(String name) {
		for (String e : BODY_ENDINGS) {
			if (name.endsWith(e)) {
				return true;
			}
		}
		return false;
	}

}
