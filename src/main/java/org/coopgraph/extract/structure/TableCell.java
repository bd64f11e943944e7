package org.coopgraph.extract.structure;

import java.util.ArrayList;
import java.util.List;

import org.coopgraph.extract.text.JoinedText;
import org.coopgraph.extract.text.TextLine;

/**
 * One cell of a table row: the slices of document lines it is written on, without edge whitespace and without the
 * {@code |} marks that some texts put at cell edges. Immutable.
 */
record TableCell(List<TextLine> parts) {

	static final TableCell EMPTY = new TableCell(List.of());

	private static final String MARKS = "|｜";

	TableCell {
		parts = List.copyOf(parts);
	}

	/** The cell written on {@code line} between {@code from} and {@code to}. */
	static TableCell slice(TextLine line, int from, int to) {
		String s = line.text();
		int a = from;
		int b = to;
		while (a < b && (Character.isWhitespace(s.charAt(a)) || isMark(s.charAt(a)))) {
			a++;
		}
		while (b > a && (Character.isWhitespace(s.charAt(b - 1)) || isMark(s.charAt(b - 1)))) {
			b--;
		}
		if (a == b) {
			return EMPTY;
		}
		return new TableCell(List.of(new TextLine(line.index(), line.start() + a, line.start() + b, s.substring(a, b), false)));
	}

	/** The cell that is the whole of {@code line}. */
	static TableCell of(TextLine line) {
		return slice(line, 0, line.text().length());
	}

	/** One cell written on several lines (a wrapped cell), or several cells read as one. */
	static TableCell joining(List<TableCell> cells) {
		List<TextLine> parts = new ArrayList<>();
		cells.forEach((c) -> parts.addAll(c.parts()));
		return new TableCell(parts);
	}

	static boolean isMark(char c) {
		return MARKS.indexOf(c) >= 0;
	}

	/** Whether a line ends in a cell mark: texts that mark cell ends mark every cell. */
	static boolean endsWithMark(TextLine line) {
		String t = line.trimmed();
		return !t.isEmpty() && isMark(t.charAt(t.length() - 1));
	}

	/** Tab when the line's content holds one, else {@code |} when it holds one, else 0. */
	static char delimiterOf(TextLine line) {
		String t = line.trimmed();
		if (t.indexOf('\t') >= 0) {
			return '\t';
		}
		return t.indexOf('|') >= 0 || t.indexOf('｜') >= 0 ? '|' : 0;
	}

	/**
	 * The cells of one line. Every tab separates cells (a leading tab is an empty first cell); a {@code |} at either
	 * end of the line is a border, not an empty cell.
	 */
	static List<TableCell> cellsOf(TextLine line, char delimiter) {
		String s = line.text();
		List<TableCell> cells = new ArrayList<>();
		int from = 0;
		for (int k = 0; k <= s.length(); k++) {
			boolean edge = k == s.length() || (delimiter == '\t' ? s.charAt(k) == '\t' : isMark(s.charAt(k)));
			if (edge) {
				cells.add(slice(line, from, k));
				from = k + 1;
			}
		}
		if (delimiter == '|') {
			String t = line.trimmed();
			if (isMark(t.charAt(t.length() - 1)) && cells.get(cells.size() - 1).isEmpty()) {
				cells.remove(cells.size() - 1);
			}
			if (isMark(t.charAt(0)) && !cells.isEmpty() && cells.get(0).isEmpty()) {
				cells.remove(0);
			}
		}
		return cells;
	}

	/** The cell's lines joined the way a reader would read them, with document offsets. */
	JoinedText joined() {
		return JoinedText.of(this.parts, (char) 0);
	}

	String text() {
		return this.parts.size() == 1 ? this.parts.get(0).text() : joined().text();
	}

	boolean isEmpty() {
		return this.parts.isEmpty();
	}

	/** Document offset just past the cell, or -1 for an empty cell. */
	int end() {
		return this.parts.isEmpty() ? -1 : this.parts.get(this.parts.size() - 1).end();
	}

}
