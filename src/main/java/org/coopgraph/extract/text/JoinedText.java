package org.coopgraph.extract.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

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
			int a = line.contentStart();
			int b = line.contentEnd();
			if (a == b) {
				// A blank line is a cell edge only after a finished sentence; PDF text also puts blank lines
				// inside wrapped cells (市住建 / 局).
				if (boundary != 0 && sb.length() > 0 && sb.charAt(sb.length() - 1) != boundary
						&& "。；！？".indexOf(sb.charAt(sb.length() - 1)) >= 0) {
					sb.append(boundary);
					off[k++] = line.start();
				}
				continue;
			}
			sb.append(raw, a, b);
			k = offsets(off, k, line.start() + a, b - a);
			if (boundary != 0 && b < raw.length()) {
				sb.append(boundary);
				off[k++] = line.start() + b;
			}
		}
		return new JoinedText(sb.toString(), Arrays.copyOf(off, k));
	}

	/**
	 * The paragraphs of a document: runs of non-blank body lines joined so that names wrapped across lines read
	 * whole. A line that ends or starts with whitespace (a PDF cell edge, a tab-indented cell) is joined with a space.
	 */
	public static List<JoinedText> paragraphs(List<TextLine> lines) {
		int minWrapped = minWrappedLine(lines);
		List<JoinedText> out = new ArrayList<>();
		List<TextLine> run = new ArrayList<>();
		boolean gap = false;
		for (TextLine line : lines) {
			if (line.boilerplate()) {
				flush(run, out);
				gap = false;
				continue;
			}
			if (line.isBlank()) {
				gap = true;
				continue;
			}
			if (gap && !run.isEmpty() && !wrapsAcrossBlank(run.get(run.size() - 1), line, minWrapped)) {
				flush(run, out);
			}
			gap = false;
			run.add(line);
		}
		flush(run, out);
		return out;
	}

	private static final Pattern NUMBERED = Pattern
		.compile("^(\\d{1,3}\\s*[．.、]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\\d{1,3}\\s*$).*");

	/**
	 * Some PDF text puts a blank line after every line. A line that stops mid-sentence (no closing punctuation, no
	 * trailing space marking a cell edge) runs on into the next one unless that one starts a numbered item.
	 */
	private static final int MIN_WRAPPED_LINE = 15;

	private static boolean wrapsAcrossBlank(TextLine previous, TextLine next, int minWrapped) {
		String p = previous.text();
		if (p.strip().length() < minWrapped || Character.isWhitespace(p.charAt(p.length() - 1))) {
			// Short lines are headings or captions, not text that ran out of width.
			return false;
		}
		char last = p.charAt(p.length() - 1);
		if ("。；！？：:;!?".indexOf(last) >= 0) {
			return false;
		}
		String n = next.text();
		return !n.isEmpty() && !Character.isWhitespace(n.charAt(0)) && !NUMBERED.matcher(n).matches();
	}

	/**
	 * The shortest line that can have run out of width: {@link #MIN_WRAPPED_LINE}, or less in a document set in
	 * narrow columns (a task table whose cells wrap every ten characters), where most lines that stop mid-sentence
	 * share one width.
	 */
	private static int minWrappedLine(List<TextLine> lines) {
		int[] count = new int[MIN_WRAPPED_LINE + 1];
		int unfinished = 0;
		for (TextLine line : lines) {
			String t = line.text();
			if (line.boilerplate() || line.isBlank() || Character.isWhitespace(t.charAt(t.length() - 1))
					|| "。；！？：:;!?".indexOf(t.charAt(t.length() - 1)) >= 0) {
				continue;
			}
			unfinished++;
			int n = t.strip().length();
			if (n <= MIN_WRAPPED_LINE) {
				count[n]++;
			}
		}
		int width = 0;
		for (int n = NARROW_COLUMN; n <= MIN_WRAPPED_LINE; n++) {
			width = count[n] > count[width] ? n : width;
		}
		// A column width shared by a third of the unfinished lines, and by enough of them to be a layout rather than
		// a heading or two; one character less for a final wide character.
		return width > 0 && count[width] >= COLUMN_LINES && count[width] * 3 >= unfinished ? width - 1 : MIN_WRAPPED_LINE;
	}

	/** How many lines of one width make a narrow column. */
	private static final int COLUMN_LINES = 20;

	/** The narrowest column that text wraps at. */
	private static final int NARROW_COLUMN = 8;

	private static void flush(List<TextLine> run, List<JoinedText> out) {
		if (!run.isEmpty()) {
			out.add(paragraph(run));
			run.clear();
		}
	}

	private static JoinedText paragraph(List<TextLine> lines) {
		StringBuilder sb = new StringBuilder();
		int[] off = new int[lines.stream().mapToInt((l) -> l.text().length() + 1).sum()];
		int k = 0;
		boolean spaceBefore = false;
		for (TextLine line : lines) {
			String raw = line.text();
			int a = line.contentStart();
			int b = line.contentEnd();
			if (k > 0 && (spaceBefore || a > 0)) {
				sb.append(' ');
				off[k++] = line.start() - 1;
			}
			sb.append(raw, a, b);
			k = offsets(off, k, line.start() + a, b - a);
			spaceBefore = b < raw.length();
		}
		return new JoinedText(sb.toString(), Arrays.copyOf(off, k));
	}

	/** Writes the {@code count} document offsets from {@code from} on into {@code off} at {@code k}; the next free slot. */
	private static int offsets(int[] off, int k, int from, int count) {
		for (int i = 0; i < count; i++) {
			off[k + i] = from + i;
		}
		return k + count;
	}

	/** Joined position of document offset {@code docOffset}, or -1 when that character is not in the joined text. */
	public int indexOf(int docOffset) {
		int i = Arrays.binarySearch(this.offsets, docOffset);
		return i >= 0 ? i : -1;
	}

	/** Document offset just past joined position {@code i - 1}: the end of a span ending at {@code i}. */
	public int endOffset(int i) {
		return i <= 0 ? offset(0) : offset(i - 1) + 1;
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
