package org.coopgraph.extract.text;

/** Questions about Chinese characters in a text. */
public final class Han {

	private Han() {
	}

	public static boolean isHan(char c) {
		return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
	}

	/** How many Chinese characters {@code s} holds. */
	public static long count(CharSequence s) {
		return s.chars().filter((c) -> isHan((char) c)).count();
	}

}
