package org.coopgraph.extract.text;

import java.util.List;

/**
 * Several lines joined into one string the way a reader would (wrapped lines concatenated, each trimmed), remembering
 * for each character its offset in the document text. Immutable.
 */
public final class JoinedText {

	private final String text;

	private final int[] offsets;

	private JoinedText(String text, int[] offsets) {
		this.text = text;
		this.offsets = offsets;
	}

	/**
	 * Joins lines; when {@code boundary} is not 0, a blank line or a line that ends in whitespace (a PDF cell edge)
	 * adds that character as a separator.
	 */
	public static JoinedText of(List<TextLine> lines, char boundary) {
		StringBuilder sb = new StringBuilder();
		int[] off = new int[lines.stream().mapToInt((l) -> l.text().length() + 1).sum() + 1];
		int k = 0;
		for (TextLine line : lines) {
			if (line.boilerplate()) {
				continue;
			}
			String raw = line.text();
			int a = 0;
			int b = raw.length();
			while (a < b && Character.isWhitespace(raw.charAt(a))) {
				a++;
			}
			while (b > a && Character.isWhitespace(raw.charAt(b - 1))) {
				b--;
			}
			if (a == b) {
				if (boundary != 0 && sb.length() > 0 && sb.charAt(sb.length() - 1) != boundary) {
					sb.append(boundary);
					off[k++] = line.start();
				}
				continue;
			}
			for (int i = a; i < b; i++) {
				sb.append(raw.charAt(i));
				off[k++] = line.start() + i;
			}
			if (boundary != 0 && b < raw.length()) {
				sb.append(boundary);
				off[k++] = line.start() + b;
			}
		}
		return new JoinedText(sb.toString(), java.util.Arrays.copyOf(off, k));
	}

	/** A slice of a single line's text starting at document offset {@code start}. */
	public static JoinedText ofSpan(String documentText, int start, int end) {
		int[] off = new int[end - start];
		for (int i = 0; i < off.length; i++) {
			off[i] = start + i;
		}
		return new JoinedText(documentText.substring(start, end), off);
	}

	public String text() {
		return this.text;
	}

	public int length() {
		return this.text.length();
	}

	/** Document offset of joined position {@code i} ({@code i == length()} maps just past the last character). */
	public int offset(int i) {
		if (this.offsets.length == 0) {
			return 0;
		}
		if (i >= this.offsets.length) {
			return this.offsets[this.offsets.length - 1] + 1;
		}
		return this.offsets[Math.max(0, i)];
	}

}
