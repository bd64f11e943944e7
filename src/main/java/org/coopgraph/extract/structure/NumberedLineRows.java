package org.coopgraph.extract.structure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

import org.coopgraph.extract.text.Compact;
import org.coopgraph.extract.text.TextLine;

/**
 * Rows of a numbered task table written one cell per line: a row opens with its number on a line of its own. Cells
 * that end in {@code |} are read exactly; otherwise the lines up to the next number are placed in their columns.
 * Stateless and thread-safe.
 */
final class NumberedLineRows {

	/**
	 * In the one-cell-per-line layout a row may run over this many lines per column (wrapped cells) before the next
	 * row number; past that, the table has ended.
	 */
	private static final int LINES_PER_COLUMN = 3;

	private final TableHeaderFinder finder;

	private final TableHeaders headers;

	private final Predicate<String> looksLikeUnit;

	NumberedLineRows(TableHeaderFinder finder, TableHeaders headers, Predicate<String> looksLikeUnit) {
		this.finder = finder;
		this.headers = headers;
		this.looksLikeUnit = looksLikeUnit;
	}

	/** Reads the rows after {@code header} into {@code rows}; returns the line after the table. */
	int read(List<TextLine> lines, TableHeader header, boolean[] claimed, List<TableRow> rows) {
		List<ColumnRole> rest = header.roles().subList(1, header.roles().size());
		int section = 0;
		int heading = -1;
		int previous = 0;
		int i = header.last() + 1;
		while (i < lines.size()) {
			TextLine line = lines.get(i);
			if (line.isBlank() || line.boilerplate()) {
				i++;
				continue;
			}
			String t = TableCell.of(line).text();
			int number = TableLines.rowNumber(t);
			if (number <= 0) {
				TableHeader again = this.finder.find(lines, i);
				if (again != null) {
					TableLines.claim(lines, i, again.last(), claimed);
					i = again.last() + 1;
					continue;
				}
				int value = TableLines.sectionOf(t);
				if (value <= 0 || heading >= 0) {
					break;
				}
				section = value;
				heading = i;
				i++;
				continue;
			}
			if (previous > 0 && number != previous + 1 && number != 1) {
				break;
			}
			List<TableCell> cells = new ArrayList<>();
			int next = header.marked() ? markedCells(lines, i + 1, rest.size(), cells)
					: unmarkedCells(lines, i + 1, number, rest, cells);
			if (cells.isEmpty()) {
				break;
			}
			TableLines.claimHeading(lines, heading, claimed);
			heading = -1;
			TableLines.claim(lines, i, next - 1, claimed);
			cells.add(0, TableCell.of(line));
			rows.add(TableRow.of(number, section, TableRow.fit(cells, header.roles().size())));
			previous = number;
			i = next;
		}
		return heading >= 0 ? heading : i;
	}

	/** Cells that each end in a mark: exact even when cells wrap or are empty. Returns the line after the last. */
	private static int markedCells(List<TextLine> lines, int from, int count, List<TableCell> out) {
		List<TableCell> parts = new ArrayList<>();
		int j = from;
		for (; j < lines.size() && out.size() < count; j++) {
			TextLine l = lines.get(j);
			if (l.boilerplate()) {
				break;
			}
			if (l.isBlank()) {
				continue;
			}
			parts.add(TableCell.of(l));
			if (TableCell.endsWithMark(l)) {
				out.add(TableCell.joining(parts));
				parts.clear();
			}
		}
		if (!parts.isEmpty()) {
			out.add(TableCell.joining(parts));
		}
		return j;
	}

	/**
	 * Cells one per line up to the next row number (or section heading). The last row of a table, with no next
	 * number to stop at, takes one line per column. Returns the line after the row.
	 */
	private int unmarkedCells(List<TextLine> lines, int from, int number, List<ColumnRole> roles, List<TableCell> out) {
		List<Integer> body = new ArrayList<>();
		int limit = Math.min(lines.size(), from + LINES_PER_COLUMN * (roles.size() + 1));
		int j = from;
		boolean bounded = false;
		for (; j < limit; j++) {
			TextLine l = lines.get(j);
			if (l.boilerplate()) {
				bounded = true;
				break;
			}
			if (l.isBlank()) {
				continue;
			}
			String t = TableCell.of(l).text();
			if (TableLines.rowNumber(t) == number + 1 || TableLines.sectionOf(t) > 0) {
				bounded = true;
				break;
			}
			body.add(j);
		}
		if (!bounded) {
			// Lines after the last row are the text that follows the table; a blank line ends the row early.
			int end = Math.min(body.size(), roles.size());
			for (int k = 1; k < end; k++) {
				if (body.get(k) - body.get(k - 1) > 1) {
					end = k;
					break;
				}
			}
			body = body.subList(0, end);
			j = body.isEmpty() ? from : body.get(body.size() - 1) + 1;
		}
		if (!body.isEmpty()) {
			out.addAll(align(body.stream().map(lines::get).toList(), roles));
		}
		return j;
	}

	/**
	 * Places the lines of a row in their columns. With one line per column the order decides; otherwise the columns
	 * after the task text take lines from the end and those before it from the start, each only a line that fits it
	 * (a time for a deadline, units for a unit column), and the task text takes what is left.
	 */
	private List<TableCell> align(List<TextLine> body, List<ColumnRole> roles) {
		List<TableCell> out = new ArrayList<>(Collections.nCopies(roles.size(), TableCell.EMPTY));
		if (body.size() == roles.size()) {
			for (int c = 0; c < roles.size(); c++) {
				out.set(c, TableCell.of(body.get(c)));
			}
			return out;
		}
		int task = Math.max(0, roles.contains(ColumnRole.DETAIL) ? roles.indexOf(ColumnRole.DETAIL)
				: roles.indexOf(ColumnRole.TASK));
		int a = 0;
		int b = body.size();
		for (int c = roles.size() - 1; c > task && b > a + 1; c--) {
			if (fits(roles.get(c), body.get(b - 1))) {
				out.set(c, TableCell.of(body.get(--b)));
			}
		}
		for (int c = 0; c < task && b > a + 1; c++) {
			if (fits(roles.get(c), body.get(a))) {
				out.set(c, TableCell.of(body.get(a++)));
			}
		}
		List<TableCell> rest = new ArrayList<>();
		body.subList(a, b).forEach((l) -> rest.add(TableCell.of(l)));
		out.set(task, TableCell.joining(rest));
		return out;
	}

	private boolean fits(ColumnRole role, TextLine line) {
		String t = TableCell.of(line).text();
		return switch (role) {
			case DEADLINE -> this.headers.looksLikeDeadline(t);
			case LEAD, RESPONSIBLE, CO -> UnitList.namesOnlyUnits(t, this.looksLikeUnit);
			case PERSON -> Compact.of(t).length() <= TableHeaders.MAX_HEADER_CELL && t.indexOf('。') < 0;
			case NUMBER -> TableLines.rowNumber(t) > 0;
			case TASK, DETAIL, OTHER -> true;
		};
	}

}
