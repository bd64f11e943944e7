package org.coopgraph.extract.text;

import java.util.regex.Matcher;

/**
 * The characters a pattern's matches can start with, to find its next match trying the matcher only there:
 * {@link Matcher#find()} tries every character of the text, which costs more than the rest of the work when matches
 * are rare and the text is a whole document. A pattern edited without its leading characters would silently lose
 * matches, so the tests of each user check the two against each other, trying every character. Immutable.
 */
public record LeadingChars(String chars) {

	/** The ASCII digits, where {@code [0-9]} and {@code \d} (without Unicode classes) match. */
	public static final LeadingChars DIGITS = of("0123456789");

	public static LeadingChars of(String chars) {
		return new LeadingChars(chars);
	}

	/**
	 * Whether {@code m} (a matcher over {@code text}) matches at or after {@code from}, leaving it on the first such
	 * match as {@link Matcher#find(int)} would. Transparent bounds let look-behinds see the text before each try.
	 */
	public boolean find(Matcher m, CharSequence text, int from) {
		m.useTransparentBounds(true);
		for (int i = Math.max(0, from); i < text.length(); i++) {
			if (this.chars.indexOf(text.charAt(i)) >= 0 && m.region(i, text.length()).lookingAt()) {
				return true;
			}
		}
		return false;
	}

}
