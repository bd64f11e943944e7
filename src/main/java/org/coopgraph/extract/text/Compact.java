package org.coopgraph.extract.text;

/** Removes whitespace (including full-width and line breaks) from short strings, without regular expressions. */
public final class Compact {

	private Compact() {
	}

	public static String of(String s) {
		int i = 0;
		while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
			i++;
		}
		if (i == s.length()) {
			return s;
		}
		StringBuilder sb = new StringBuilder(s.length());
		sb.append(s, 0, i);
		for (; i < s.length(); i++) {
			char c = s.charAt(i);
			if (!Character.isWhitespace(c)) {
				sb.append(c);
			}
		}
		return sb.toString();
	}

}
