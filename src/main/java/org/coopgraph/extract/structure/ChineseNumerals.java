package org.coopgraph.extract.structure;

/** Values of the Chinese numerals used to number sections (一 … 九十九). */
final class ChineseNumerals {

	private static final String DIGITS = "零一二三四五六七八九";

	private ChineseNumerals() {
	}

	/** The value of {@code s}, or -1 when it is not a numeral below 100. */
	static int value(String s) {
		if (s.isEmpty() || s.length() > 3) {
			return -1;
		}
		int ten = s.indexOf('十');
		if (ten < 0) {
			return s.length() == 1 ? digit(s.charAt(0)) : -1;
		}
		int tens = ten == 0 ? 1 : digit(s.charAt(0));
		int units = ten == s.length() - 1 ? 0 : digit(s.charAt(ten + 1));
		return tens < 0 || units < 0 ? -1 : tens * 10 + units;
	}

	private static int digit(char c) {
		int d = DIGITS.indexOf(c);
		return d <= 0 ? -1 : d;
	}

}
