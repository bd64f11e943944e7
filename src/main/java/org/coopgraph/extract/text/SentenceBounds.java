package org.coopgraph.extract.text;

/**
 * Where the sentence around an offset begins and ends: at 。！？； (and their ASCII forms) or a line break.
 */
public final class SentenceBounds {

	private static final String ENDS = "。！？；!?;\n";

	private SentenceBounds() {
	}

	/** The first character of the sentence holding the character before {@code at}: just after an end, else 0. */
	public static int start(String text, int at) {
		int from = at;
		while (from > 0 && ENDS.indexOf(text.charAt(from - 1)) < 0) {
			from--;
		}
		return from;
	}

	/** The end mark at or after {@code at} that closes its sentence, or the text's length. */
	public static int end(String text, int at) {
		int to = at;
		while (to < text.length() && ENDS.indexOf(text.charAt(to)) < 0) {
			to++;
		}
		return to;
	}

}
