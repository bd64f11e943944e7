package org.coopgraph.extract.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Alternatives that a line must open with, as one pattern, and the characters they can open with: most lines open
 * with none of them and skip the matcher, which is tried on every line of a document. Each alternative is a regular
 * expression that opens with a literal character or a character class of literals ({@code [△▲▼◆]}). Immutable.
 */
record Openings(Pattern pattern, String firstChars) {

	/** The pattern {@code before(a|b|…)after}. */
	static Openings of(String before, String after, String... alternatives) {
		StringBuilder first = new StringBuilder();
		for (String a : alternatives) {
			first.append(a.charAt(0) == '[' ? a.substring(1, a.indexOf(']')) : a.substring(0, 1));
		}
		return new Openings(Pattern.compile(before + "(?:" + String.join("|", List.of(alternatives)) + ")" + after),
				first.toString());
	}

	/** Whether the whole of {@code line} matches. */
	boolean matches(String line) {
		return opensWithOne(line) && this.pattern.matcher(line).matches();
	}

	/** Whether {@code line} opens with a match. */
	boolean lookingAt(String line) {
		return opensWithOne(line) && this.pattern.matcher(line).lookingAt();
	}

	private boolean opensWithOne(String line) {
		return !line.isEmpty() && this.firstChars.indexOf(line.charAt(0)) >= 0;
	}

}
