package org.coopgraph.extract.structure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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

	/**
	 * In the one-cell-per-line layout a row may run over this many lines per column (wrapped cells) before the next
	 * row number; past that, the table has ended.
	 */
	private static final int LINES_PER_COLUMN = 3;

	/** A unit in the first column of a table keyed by units is a name, not a sentence. */
	private static final int MAX_UNIT = 20;

	private final TableHeaders headers;

	private final TableHeaderFinder finder;

	private final Predicate<String> looksLikeUnit;

	/** {@code looksLikeUnit} places the cells of a row that lost its empty cells. */
	public HeadedTableReader(TableHeaders headers, Predicate<String> looksLikeUnit) {
		this.headers = headers;
		this.finder = new TableHeaderFinder(headers);
		this.looksLikeUnit = looksLikeUnit;
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
		Map<String, Integer> perUnit = new HashMap<>();
		int i = 0;
		while (i < lines.size()) {
			TextLine line = lines.get(i);
			TableHeader header = claimed[line.index()] || line.boilerplate() || line.isBlank() ? null
					: this.finder.find(lines, i);
			if (header == null) {
				i++;
				continue;
			}
			claim(lines, i, header.last(), claimed);
			List<Row> rows = new ArrayList<>();
			if (header.delimiter() != 0) {
				i = readDelimitedRows(lines, header, claimed, rows);
			}
			else {
				i = header.numbered() ? readCellPerLineRows(lines, header, claimed, rows)
						: readUnitBlocks(lines, header, claimed, rows);
			}
			tasks.addAll(tasks(header, rows, perUnit));
		}
		return tasks;
	}

	private int readDelimitedRows(List<TextLine> lines, TableHeader header, boolean[] claimed, List<Row> rows) {
		int numberColumn = header.column(ColumnRole.NUMBER);
		int section = 0;
		int heading = -1;
		Row current = null;
		TableCell unit = TableCell.EMPTY;
		int i = header.last() + 1;
		for (; i < lines.size(); i++) {
			TextLine line = lines.get(i);
			if (line.isBlank() || line.boilerplate()) {
				continue;
			}
			List<TableCell> cells = TableCell.delimiterOf(line) == header.delimiter() ? TableCell.cellsOf(line, header.delimiter()) : List.of();
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
			TableHeader again = this.finder.find(lines, i);
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
			if (numberColumn < 0) {
				unit = cells.get(0).isEmpty() ? unit : cells.get(0);
				cells.set(0, unit);
				if (!unit.isEmpty()) {
					rows.add(Row.of(0, section, cells));
				}
				continue;
			}
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

	private int readCellPerLineRows(List<TextLine> lines, TableHeader header, boolean[] claimed, List<Row> rows) {
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
				TableHeader again = this.finder.find(lines, i);
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

	/**
	 * Rows of a table keyed by units written one cell per line: a blank line ends a row, a cell opens with a tab where
	 * the text indents cells (lines without one continue the cell), and an empty first cell repeats the unit above.
	 */
	private int readUnitBlocks(List<TextLine> lines, TableHeader header, boolean[] claimed, List<Row> rows) {
		int columns = header.roles().size();
		TableCell unit = TableCell.EMPTY;
		int i = header.last() + 1;
		while (i < lines.size()) {
			if (separates(lines.get(i)) || lines.get(i).boilerplate()) {
				i++;
				continue;
			}
			if (this.finder.find(lines, i) != null) {
				break;
			}
			int end = i;
			while (end < lines.size() && !separates(lines.get(end)) && !lines.get(end).boilerplate()) {
				end++;
			}
			List<TableCell> cells = blockCells(lines.subList(i, end));
			if (cells.size() < columns - 1) {
				break;
			}
			claim(lines, i, end - 1, claimed);
			i = end;
			if (Compact.of(cells.get(0).text()).length() > MAX_UNIT) {
				continue;
			}
			cells = fit(cells, columns);
			unit = cells.get(0).isEmpty() ? unit : cells.get(0);
			cells.set(0, unit);
			if (!unit.isEmpty()) {
				rows.add(Row.of(0, 0, cells));
			}
		}
		return i;
	}

	/** A blank line ends a row, except a lone tab, which is an empty cell. */
	private static boolean separates(TextLine line) {
		return line.isBlank() && !line.text().startsWith("\t");
	}

	/** A tab-indented line opens a cell and other lines continue it; without tabs, one line per cell. */
	private static List<TableCell> blockCells(List<TextLine> block) {
		boolean tabbed = block.stream().anyMatch((l) -> l.text().startsWith("\t"));
		List<List<TableCell>> cells = new ArrayList<>();
		for (TextLine l : block) {
			if (!tabbed || l.text().startsWith("\t") || cells.isEmpty()) {
				cells.add(new ArrayList<>());
			}
			cells.get(cells.size() - 1).add(TableCell.of(l));
		}
		return cells.stream().map(TableCell::joining).collect(Collectors.toCollection(ArrayList::new));
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
			case NUMBER -> rowNumber(t) > 0;
			case TASK, DETAIL, OTHER -> true;
		};
	}

	private List<RawTask> tasks(TableHeader header, List<Row> rows, Map<String, Integer> perUnit) {
		long distinct = rows.stream().mapToInt(Row::number).distinct().count();
		boolean restarts = distinct < rows.size();
		List<RawTask> tasks = new ArrayList<>();
		for (Row row : rows) {
			JoinedText text = TableCell.joining(row.columns().get(header.textColumn())).joined();
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
			String id;
			if (!header.numbered()) {
				// Rows keyed by unit: the n-th task of that unit.
				String unit = Compact.of(row.columns().get(0).get(0).text());
				id = "A." + unit + "." + perUnit.merge(unit, 1, Integer::sum);
			}
			else {
				id = restarts && row.section() > 0 ? row.section() + "." + row.number() : String.valueOf(row.number());
			}
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
