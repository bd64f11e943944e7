package org.coopgraph.extract.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The characters a pattern's matches can start with, found by trying every character: a match attempt on that one
 * character that succeeds or runs out of input ({@link Matcher#hitEnd()}) means some string opening with it can match,
 * one that fails before the end means none can. Checks a {@link LeadingChars} against the pattern it stands for, so a
 * pattern edited without its prefilter fails a test instead of silently losing matches.
 */
public final class MatchStarts {

	private MatchStarts() {
	}

	/** The characters a match of {@code pattern} can start with, where {@code before} stands before it (for look-behinds). */
	public static String of(Pattern pattern, String before) {
		StringBuilder starts = new StringBuilder();
		for (char c = Character.MIN_VALUE;; c++) {
			String text = before + c;
			Matcher m = pattern.matcher(text).useTransparentBounds(true).region(before.length(), text.length());
			if (m.lookingAt() || m.hitEnd()) {
				starts.append(c);
			}
			if (c == Character.MAX_VALUE) {
				return starts.toString();
			}
		}
	}

	/**
	 * Asserts that every match of {@code pattern}, with {@code before} before it, starts with one of {@code leading}'s
	 * characters, and that some character can start one (else the check proves nothing).
	 */
	public static void assertLeads(LeadingChars leading, Pattern pattern, String before) {
		String starts = of(pattern, before);
		assertThat(starts).as("characters a match of %s can start with", pattern).isNotEmpty();
		assertThat(starts.chars().filter((c) -> leading.chars().indexOf(c) < 0).mapToObj(Character::toString))
			.as("characters a match of %s can start with but %s does not hold", pattern, leading)
			.isEmpty();
	}

	public static void assertLeads(LeadingChars leading, Pattern pattern) {
		assertLeads(leading, pattern, "");
	}

}
