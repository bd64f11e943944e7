package org.coopgraph.extract.relation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.coopgraph.extract.text.DocumentText;
import org.coopgraph.extract.text.TextLine;

/**
 * A sentence of the document body: its position among the document's sentences, {@code [start, end)} and its text
 * with line breaks removed. Sentences end at 。！？； and at paragraph breaks; boilerplate lines are left out.
 */
public record Sentence(int index, int start, int end, String text) {

	private static final int MAX_SENTENCE = 400;

	public static List<Sentence> split(DocumentText doc) {
		List<Sentence> out = new ArrayList<>();
		String text = doc.text();
		int start = -1;
		int last = -1;
		List<TextLine> lines = doc.lines();
		for (int li = 0; li < lines.size(); li++) {
			TextLine line = lines.get(li);
			if (line.boilerplate() || line.isBlank()) {
				if (start >= 0) {
					out.add(make(out.size(), text, start, last));
					start = -1;
				}
				continue;
			}
			for (int i = line.start(); i < line.end(); i++) {
				char c = text.charAt(i);
				if (start < 0) {
					if (Character.isWhitespace(c)) {
						continue;
					}
					start = i;
				}
				last = i + 1;
				if (c == '。' || c == '！' || c == '？' || c == '；' || c == '!' || c == '?' || i - start >= MAX_SENTENCE) {
					out.add(make(out.size(), text, start, i + 1));
					start = -1;
				}
			}
			if (start >= 0 && endsStatement(line, li + 1 < lines.size() ? lines.get(li + 1) : null)) {
				out.add(make(out.size(), text, start, last));
				start = -1;
			}
		}
		if (start >= 0) {
			out.add(make(out.size(), text, start, last));
		}
		return out;
	}

	/** A line closing a bracketed clause or a title, or followed by a numbered item, ends the statement. */
	private static boolean endsStatement(TextLine line, TextLine next) {
		String t = line.trimmed();
		if (!t.isEmpty() && "）〕】)".indexOf(t.charAt(t.length() - 1)) >= 0) {
			return true;
		}
		// A tab-indented next line is the next table cell.
		return next != null && (numbered(next.trimmed()) || next.text().startsWith("\t"));
	}

	/** Only a line opening with a digit, a numeral or a bracket can be numbered: most skip the matcher. */
	private static boolean numbered(String line) {
		return !line.isEmpty() && "0123456789一二三四五六七八九十（(".indexOf(line.charAt(0)) >= 0
				&& NUMBERED.matcher(line).matches();
	}

	private static final Pattern NUMBERED = Pattern
		.compile("^(\\d{1,3}\\s*[．.、](?!\\d)|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]).*");

	private static Sentence make(int index, String text, int start, int end) {
		String raw = text.substring(start, end);
		// Most sentences sit on one line: skip the regex for them.
		String joined = (raw.indexOf('\n') < 0) ? raw : withoutLineBreaks(raw);
		return new Sentence(index, start, end, joined.strip());
	}

	/**
	 * {@code raw} with every run of whitespace that holds a line break removed ({@code \s*\n\s*} replaced by
	 * nothing): the regex cost more than the rest of sentence splitting.
	 */
	static String withoutLineBreaks(String raw) {
		StringBuilder sb = new StringBuilder(raw.length());
		int i = 0;
		while (i < raw.length()) {
			int j = i;
			boolean lineBreak = false;
			while (j < raw.length() && isRegexSpace(raw.charAt(j))) {
				lineBreak |= raw.charAt(j) == '\n';
				j++;
			}
			if (j == i) {
				sb.append(raw.charAt(i++));
				continue;
			}
			if (!lineBreak) {
				sb.append(raw, i, j);
			}
			i = j;
		}
		return sb.toString();
	}

	/** The characters of {@code \s}: ASCII whitespace only. */
	private static boolean isRegexSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
	}

	/** The raw text of this sentence from the document (line breaks kept, so offsets line up). */
	public String raw(String documentText) {
		return documentText.substring(this.start, this.end);
	}

}
