package org.coopgraph.ingest.read;

/**
 * Applies the text contract of {@link SourceDocument}: no leading byte-order mark,
 * {@code \n} line endings, no control characters except {@code \n} and {@code \t}.
 * Characters are otherwise kept as they are (no Unicode normalisation), so offsets
 * downstream match what readers saw.
 */
final class TextCleaner {

	private static final char BOM = '\uFEFF';

	private TextCleaner() {
	}

	static String clean(CharSequence in) {
		StringBuilder out = new StringBuilder(in.length());
		int start = (in.length() > 0 && in.charAt(0) == BOM) ? 1 : 0;
		for (int i = start; i < in.length(); i++) {
			char c = in.charAt(i);
			if (c == '\r') {
				out.append('\n');
				if (i + 1 < in.length() && in.charAt(i + 1) == '\n') {
					i++;
				}
			}
			else if (c == '\n' || c == '\t' || !Character.isISOControl(c)) {
				out.append(c);
			}
		}
		return out.toString();
	}

	/**
	 * Share of characters that do not belong in text: control characters other than line
	 * breaks, tabs and form feeds, and U+FFFD left behind by a lossy decoder. High for
	 * binary files.
	 */
	static double junkRatio(CharSequence text) {
		if (text.length() == 0) {
			return 0;
		}
		int junk = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean allowedControl = c == '\n' || c == '\r' || c == '\t' || c == '\f';
			if ((Character.isISOControl(c) && !allowedControl) || c == '\uFFFD') {
				junk++;
			}
		}
		return (double) junk / text.length();
	}

}
