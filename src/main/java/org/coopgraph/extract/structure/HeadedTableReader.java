package org.coopgraph.extract.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.coopgraph.extract.text.Compact;
import org.coopgraph.extract.text.JoinedText;
import org.coopgraph.extract.text.TextLine;

/**
 * Reads task tables by their header cells (序号 / 工作任务 / 牵头单位 / 配合单位 / 完成时限 …, in any number and order, see
 * {@link TableHeaders} and {@link TableHeaderFinder}), in the layouts that tables take as text: one row per line with
 * cells between tabs (DOCX and HTML tables as ingest renders them) or {@code |} ({@link DelimitedRows}), and one cell
 * per line, numbered ({@link NumberedLineRows}) or keyed by unit ({@link UnitBlockRows}). A row's id is its number;
 * when numbers restart in each section of the table, the section number goes in front; rows keyed by unit are the
 * n-th task of their unit ({@code A.<unit>.<n>}). Stateless and thread-safe.
 */
public final class HeadedTableReader {

	private final TableHeaderFinder finder;

	private final DelimitedRows delimitedRows;

	private final NumberedLineRows numberedLineRows;

	private final UnitBlockRows unitBlockRows;

	/** {@code looksLikeUnit} places the cells of a row that lost its empty cells. */
	public HeadedTableReader(TableHeaders headers, Predicate<String> looksLikeUnit) {
		this.finder = new TableHeaderFinder(headers);
		this.delimitedRows = new DelimitedRows(this.finder);
		this.numberedLineRows = new NumberedLineRows(this.finder, headers, looksLikeUnit);
		this.unitBlockRows = new UnitBlockRows(this.finder);
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
			TableLines.claim(lines, i, header.last(), claimed);
			List<TableRow> rows = new ArrayList<>();
			if (header.delimiter() != 0) {
				i = this.delimitedRows.read(lines, header, claimed, rows);
			}
			else if (header.numbered()) {
				i = this.numberedLineRows.read(lines, header, claimed, rows);
			}
			else {
				i = this.unitBlockRows.read(lines, header, claimed, rows);
			}
			tasks.addAll(tasks(header, rows, perUnit));
		}
		return tasks;
	}

	private List<RawTask> tasks(TableHeader header, List<TableRow> rows, Map<String, Integer> perUnit) {
		long distinct = rows.stream().mapToInt(TableRow::number).distinct().count();
		boolean restarts = distinct < rows.size();
		List<RawTask> tasks = new ArrayList<>();
		for (TableRow row : rows) {
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
						case RESPONSIBLE -> {
							// A cell of responsible units may say which of them lead or assist (甲局（牵头）、乙局（配合）).
							UnitGroups groups = groups(cell);
							lead.addAll(groups.lead());
							co.addAll(groups.co());
							other.addAll(groups.other());
						}
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

	private static UnitGroups groups(TableCell cell) {
		if (cell.isEmpty()) {
			return new UnitGroups(List.of(), List.of(), List.of());
		}
		JoinedText joined = cell.joined();
		return UnitGroups.read(joined, 0, joined.length());
	}

	private static List<UnitRef> units(TableCell cell) {
		if (cell.isEmpty()) {
			return List.of();
		}
		JoinedText joined = cell.joined();
		return UnitList.split(joined, 0, joined.length(), false);
	}

}
