package org.coopgraph.extract.structure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.coopgraph.extract.text.Compact;
import org.coopgraph.extract.text.JoinedText;
import org.coopgraph.extract.text.TextLine;

/**
 * Reads numbered task tables by their header cells (序号 / 工作任务 / 牵头单位 / 配合单位 / 完成时限 …, in any number and
 * order, see {@link TableHeaders}), in the two layouts that tables take as text: one row per line with cells between
 * tabs (DOCX and HTML tables as ingest renders them) or {@code |}, and one cell per line (tables copied out of a page),
 * where cells may end in {@code |}. A row's id is its number; when numbers restart in each section of the table, the
 * section number goes in front. Stateless and thread-safe.
 */
public final class HeadedTableReader {

	private static final Pattern ROW_NUMBER = Pattern.compile("(\\d{1,3})[.．、]?");

	private static final int MIN_COLUMNS = 3;

	private static final int MAX_COLUMNS = 12;

	/**
	 * In the one-cell-per-line layout a row may run over this many lines per column (wrapped cells) before the next
	 * row number; past that, the table has ended.
	 */
	private static final int LINES_PER_COLUMN = 3;

	private final TableHeaders headers;

	private final Predicate<String> looksLikeUnit;

	/** {@code looksLikeUnit} places the cells of a row that lost its empty cells. */
	public HeadedTableReader(TableHeaders headers, Predicate<String> looksLikeUnit) {
		this.headers = headers;
		this.looksLikeUnit = looksLikeUnit;
	}

	/** A table's columns and where its header ends; {@code delimiter} is 0 for one cell per line. */
	private record Header(List<ColumnRole> roles, int last, char delimiter, boolean marked) {

		int column(ColumnRole role) {
			return this.roles.indexOf(role);
		}

	}

	/** A numbered row: per column its cell, and the cells of continuation rows below it. */
	private record Row(int number, int section, List<List<TableCell>> columns) {

		static Row of(int number, int section, List<TableCell> cells) {
			List<List<TableCell>> columns = new ArrayList<>();
			cells.forEach((c) -> columns.add(new ArrayList<>(List.of(c))));
			return new Row(number, section, columns);
		}

		void extend(List<TableCell> more) {
			for (int c = 0; c < this.columns.size(); c++) {
				if (!more.get(c).isEmpty()) {
					this.columns.get(c).add(more.get(c));
				}
			}
		}

	}

	/** Rows of every headed task table in {@code lines}; marks the lines it reads in {@code claimed}. */
	public List<RawTask> read(List<TextLine> lines, boolean[] claimed) {
		List<RawTask> tasks = new ArrayList<>();
		int i = 0;
		while (i < lines.size()) {
			TextLine line = lines.get(i);
			Header header = claimed[line.index()] || line.boilerplate() || line.isBlank() ? null : header(lines, i);
			if (header == null) {
				i++;
				continue;
			}
			claim(lines, i, header.last(), claimed);
			List<Row> rows = new ArrayList<>();
			i = header.delimiter() != 0 ? readDelimitedRows(lines, header, claimed, rows)
					: readCellPerLineRows(lines, header, claimed, rows);
			tasks.addAll(tasks(header, rows));
		}
		return tasks;
	}

	/** The header starting at line {@code i}, or {@code null}. */
	private Header header(List<TextLine> lines, int i) {
		TextLine line = lines.get(i);
		char delimiter = delimiterOf(line);
		if (delimiter != 0) {
			List<ColumnRole> roles = delimitedRoles(line, delimiter, MIN_COLUMNS);
			if (roles != null) {
				if (!complete(roles)) {
					return null;
				}
				int next = nextNonBlank(lines, i + 1);
				List<ColumnRole> sub = next < 0 || delimiterOf(lines.get(next)) != delimiter ? null
						: delimitedRoles(lines.get(next), delimiter, 2);
				List<ColumnRole> split = sub == null ? null : splitParent(roles, sub);
				return split != null ? new Header(split, next, delimiter, false) : new Header(roles, i, delimiter, false);
			}
		}
		List<ColumnRole> roles = new ArrayList<>();
		boolean marked = true;
		int last = i;
		for (int k = i; k < lines.size() && roles.size() < MAX_COLUMNS; k++) {
			TextLine l = lines.get(k);
			if (l.isBlank()) {
				continue;
			}
			ColumnRole role = l.boilerplate() ? null : this.headers.roleOf(TableCell.of(l).text());
			if (role == null) {
				break;
			}
			roles.add(role);
			marked &= TableCell.endsWithMark(l);
			last = k;
		}
		// A second header row written after the first: its unit columns come last.
		int run = roles.size();
		while (run > 0 && roles.get(run - 1).namesUnits()) {
			run--;
		}
		List<ColumnRole> split = run > 0 ? splitParent(roles.subList(0, run), roles.subList(run, roles.size())) : null;
		if (split != null) {
			roles = split;
		}
		return !roles.isEmpty() && roles.get(0) == ColumnRole.NUMBER && complete(roles)
				? new Header(roles, last, (char) 0, marked) : null;
	}

	/**
	 * The roles of a header line's cells, an empty cell being {@link ColumnRole#OTHER}; {@code null} when it has
	 * fewer than {@code min} filled cells or a cell too long for a header.
	 */
	private List<ColumnRole> delimitedRoles(TextLine line, char delimiter, int min) {
		List<TableCell> cells = split(line, delimiter);
		if (cells.stream().filter((c) -> !c.isEmpty()).count() < min) {
			return null;
		}
		List<ColumnRole> roles = new ArrayList<>();
		for (TableCell cell : cells) {
			ColumnRole role = cell.isEmpty() ? ColumnRole.OTHER : this.headers.roleOf(cell.text());
			if (role == null && Compact.of(cell.text()).length() > TableHeaders.MAX_HEADER_CELL) {
				return null;
			}
			roles.add(role == null ? ColumnRole.OTHER : role);
		}
		return roles;
	}

	/**
	 * A two-row header splits its one unit column (责任单位) into the unit columns of the second row (牵头单位, 配合单位);
	 * the columns with the units in their place, or {@code null} when {@code sub} is no such row. Empty cells of the
	 * second row stand under the first row's merged cells.
	 */
	private static List<ColumnRole> splitParent(List<ColumnRole> roles, List<ColumnRole> sub) {
		List<ColumnRole> units = sub.stream().filter((r) -> r != ColumnRole.OTHER).toList();
		if (units.size() < 2 || !units.stream().allMatch(ColumnRole::namesUnits)) {
			return null;
		}
		int parent = -1;
		for (int c = 0; c < roles.size(); c++) {
			if (roles.get(c).namesUnits()) {
				if (parent >= 0) {
					return null;
				}
				parent = c;
			}
		}
		if (parent < 0) {
			return null;
		}
		List<ColumnRole> out = new ArrayList<>(roles.subList(0, parent));
		out.addAll(units);
		out.addAll(roles.subList(parent + 1, roles.size()));
		return out;
	}

	private static int nextNonBlank(List<TextLine> lines, int from) {
		for (int k = from; k < lines.size(); k++) {
			if (!lines.get(k).isBlank()) {
				return k;
			}
		}
		return -1;
	}

	/** A task table numbers its rows, says what to do, and names units or times. */
	private static boolean complete(List<ColumnRole> roles) {
		return roles.size() >= MIN_COLUMNS && roles.contains(ColumnRole.NUMBER) && roles.contains(ColumnRole.TASK)
				&& roles.stream().anyMatch((r) -> r.namesUnits() || r == ColumnRole.DEADLINE);
	}

	/** Tab when the line's content holds one, else {@code |} when it holds one, else 0. */
	private static char delimiterOf(TextLine line) {
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
	private static List<TableCell> split(TextLine line, char delimiter) {
		String s = line.text();
		List<TableCell> cells = new ArrayList<>();
		int from = 0;
		for (int k = 0; k <= s.length(); k++) {
			boolean edge = k == s.length() || (delimiter == '\t' ? s.charAt(k) == '\t' : TableCell.isMark(s.charAt(k)));
			if (edge) {
				cells.add(TableCell.slice(line, from, k));
				from = k + 1;
			}
		}
		if (delimiter == '|') {
			String t = line.trimmed();
			if (TableCell.isMark(t.charAt(t.length() - 1)) && cells.get(cells.size() - 1).isEmpty()) {
				cells.remove(cells.size() - 1);
			}
			if (TableCell.isMark(t.charAt(0)) && !cells.isEmpty() && cells.get(0).isEmpty()) {
				cells.remove(0);
			}
		}
		return cells;
	}

	private int readDelimitedRows(List<TextLine> lines, Header header, boolean[] claimed, List<Row> rows) {
		int numberColumn = header.column(ColumnRole.NUMBER);
		int section = 0;
		int heading = -1;
		Row current = null;
		int i = header.last() + 1;
		for (; i < lines.size(); i++) {
			TextLine line = lines.get(i);
			if (line.isBlank() || line.boilerplate()) {
				continue;
			}
			List<TableCell> cells = delimiterOf(line) == header.delimiter() ? split(line, header.delimiter()) : List.of();
			if (cells.stream().filter((c) -> !c.isEmpty()).count() < 2) {
				// A row of one merged cell is a section heading inside the table; any other line ends the table.
				int value = sectionOf(TableCell.of(line).text());
				if (value <= 0 || heading >= 0) {
					break;
				}
				section = value;
				heading = i;
				current = null;
				continue;
			}
			Header again = header(lines, i);
			if (again != null) {
				claim(lines, i, again.last(), claimed);
				i = again.last();
				current = null;
				continue;
			}
			claimHeading(lines, heading, claimed);
			heading = -1;
			claimed[line.index()] = true;
			cells = fit(cells, header.roles().size());
			int number = rowNumber(cells.get(numberColumn).text());
			if (number > 0) {
				current = Row.of(number, section, cells);
				rows.add(current);
			}
			else if (cells.get(numberColumn).isEmpty() && current != null) {
				// Merged or wrapped cells continue the row above.
				current.extend(cells);
			}
			else {
				current = null;
			}
		}
		return heading >= 0 ? heading : i;
	}

	private int readCellPerLineRows(List<TextLine> lines, Header header, boolean[] claimed, List<Row> rows) {
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
			int number = rowNumber(t);
			if (number <= 0) {
				Header again = header(lines, i);
				if (again != null) {
					claim(lines, i, again.last(), claimed);
					i = again.last() + 1;
					continue;
				}
				int value = sectionOf(t);
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
			claimHeading(lines, heading, claimed);
			heading = -1;
			claim(lines, i, next - 1, claimed);
			cells.add(0, TableCell.of(line));
			rows.add(Row.of(number, section, fit(cells, header.roles().size())));
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
			if (rowNumber(t) == number + 1 || sectionOf(t) > 0) {
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
		int task = Math.max(0, roles.indexOf(ColumnRole.TASK));
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
			case NUMBER -> rowNumber(t) > 0;
			case TASK, OTHER -> true;
		};
	}

	private List<RawTask> tasks(Header header, List<Row> rows) {
		long distinct = rows.stream().mapToInt(Row::number).distinct().count();
		boolean restarts = distinct < rows.size();
		List<RawTask> tasks = new ArrayList<>();
		for (Row row : rows) {
			JoinedText text = TableCell.joining(row.columns().get(header.column(ColumnRole.TASK))).joined();
			String s = text.text().strip();
			if (s.isEmpty()) {
				continue;
			}
			List<UnitRef> lead = new ArrayList<>();
			List<UnitRef> co = new ArrayList<>();
			List<UnitRef> other = new ArrayList<>();
			String deadline = "";
			int end = text.endOffset(text.length());
			for (int c = 0; c < header.roles().size(); c++) {
				for (TableCell cell : row.columns().get(c)) {
					end = Math.max(end, cell.end());
					switch (header.roles().get(c)) {
						case LEAD -> lead.addAll(units(cell));
						case CO -> co.addAll(units(cell));
						case RESPONSIBLE -> other.addAll(units(cell));
						case DEADLINE -> deadline = deadline.isEmpty() ? cell.text().strip() : deadline;
						default -> {
						}
					}
				}
			}
			String id = restarts && row.section() > 0 ? row.section() + "." + row.number() : String.valueOf(row.number());
			tasks.add(new RawTask(id, s, lead, co, other, deadline, text.offset(0), end, "headed-table"));
		}
		return tasks;
	}

	private static List<UnitRef> units(TableCell cell) {
		if (cell.isEmpty()) {
			return List.of();
		}
		JoinedText joined = cell.joined();
		return UnitList.split(joined, 0, joined.length(), false);
	}

	/** Pads a row that lost trailing cells; a row with extra cells keeps them in its last column. */
	private static List<TableCell> fit(List<TableCell> cells, int columns) {
		List<TableCell> out = new ArrayList<>(cells.subList(0, Math.min(columns, cells.size())));
		if (cells.size() > columns) {
			out.set(columns - 1, TableCell.joining(cells.subList(columns - 1, cells.size())));
		}
		while (out.size() < columns) {
			out.add(TableCell.EMPTY);
		}
		return out;
	}

	private static int rowNumber(String cell) {
		Matcher m = ROW_NUMBER.matcher(Compact.of(cell));
		return m.matches() ? Integer.parseInt(m.group(1)) : -1;
	}

	private static int sectionOf(String text) {
		if (text.isEmpty() || "一二三四五六七八九十".indexOf(text.charAt(0)) < 0) {
			return -1;
		}
		Matcher m = WorkPlanReader.SECTION.matcher(text);
		return m.matches() ? ChineseNumerals.value(m.group(1)) : -1;
	}

	private static void claimHeading(List<TextLine> lines, int heading, boolean[] claimed) {
		if (heading >= 0) {
			claimed[lines.get(heading).index()] = true;
		}
	}

	private static void claim(List<TextLine> lines, int from, int to, boolean[] claimed) {
		for (int k = from; k <= to; k++) {
			claimed[lines.get(k).index()] = true;
		}
	}

}
