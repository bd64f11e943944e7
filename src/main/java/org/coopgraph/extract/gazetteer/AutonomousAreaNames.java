package org.coopgraph.extract.gazetteer;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The short forms documents use for autonomous prefectures, counties and banners: 恩施土家族苗族自治州 is written 恩施州 or
 * 恩施, 峨边彝族自治县 峨边, 融水苗族自治县 融水, 伊犁哈萨克自治州 伊犁州. The place name is what stands before the ethnic groups, read from the
 * list of China's ethnic groups (resource {@code ethnic-groups.tsv}). Immutable and thread-safe.
 */
final class AutonomousAreaNames {

	private static final String RESOURCE = "/org/coopgraph/extract/ethnic-groups.tsv";

	/** An autonomous area's short forms: {@code full} keeps a one-character level (恩施州), {@code bare} is the place. */
	record ShortForms(String full, String bare) {
	}

	private static final List<String> ENDINGS = List.of("自治州", "自治县", "自治旗");

	private final List<String> groups;

	private AutonomousAreaNames(List<String> groups) {
		this.groups = groups;
	}

	static AutonomousAreaNames load() {
		// Some official names write a group of two or more characters without 族 (伊犁哈萨克自治州, 察布查尔锡伯自治县);
		// a one-character group without 族 (水, 土) would cut ordinary place names.
		List<String> groups = WordLists.load(RESOURCE)
			.list("ethnic-groups")
			.stream()
			.flatMap((g) -> g.length() >= 2 ? Stream.of(g + "族", g) : Stream.of(g + "族"))
			.sorted(Comparator.comparingInt(String::length).reversed())
			.toList();
		return new AutonomousAreaNames(groups);
	}

	/** The short forms of {@code name}, or {@code null} when it is not an autonomous area's or no place name is left. */
	ShortForms of(String name) {
		for (String ending : ENDINGS) {
			if (name.endsWith(ending)) {
				String place = withoutGroups(name.substring(0, name.length() - ending.length()));
				return place == null || place.length() < 2 ? null : new ShortForms(place + ending.charAt(2), place);
			}
		}
		return null;
	}

	/** 恩施土家族苗族 → 恩施: the name without the ethnic groups that close it, or {@code null} if none closes it. */
	private String withoutGroups(String name) {
		String rest = name;
		boolean stripped = true;
		while (stripped) {
			stripped = false;
			for (String g : this.groups) {
				if (rest.endsWith(g) && rest.length() > g.length()) {
					rest = rest.substring(0, rest.length() - g.length());
					stripped = true;
					break;
				}
			}
		}
		return rest.equals(name) ? null : rest;
	}

}
