package org.coopgraph.extract.structure;

import java.util.List;

import org.coopgraph.extract.text.TextLine;

/**
 * Rows of a task table written one row per line with tabs or {@code |} between cells (DOCX and HTML tables as ingest
 * renders them). A row of one merged cell is a section heading; a row without a number continues the row above, or
 * in tables keyed by unit repeats the unit above. Stateless and thread-safe.
 */
final class DelimitedRows {

	private final TableHeaderFinder finder;

	DelimitedRows(TableHeaderFinder finder) {
		this.finder = finder;
	}

	/** Reads the rows after {@code header} into {@code rows}; returns the line after the table. */
	int read(List<TextLine> lines, TableHeader header, boolean[] claimed, List<TableRow> rows) {
		int numberColumn = header.column(ColumnRole.NUMBER);
		int section = 0;
		int heading = -1;
		TableRow current = null;
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
				int value = TableLines.sectionOf(TableCell.of(line).text());
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
				TableLines.claim(lines, i, again.last(), claimed);
				i = again.last();
				current = null;
				continue;
			}
			TableLines.claimHeading(lines, heading, claimed);
			heading = -1;
			claimed[line.index()] = true;
			cells = TableRow.fit(cells, header.roles().size());
			if (numberColumn < 0) {
				unit = cells.get(0).isEmpty() ? unit : cells.get(0);
				cells.set(0, unit);
				if (!unit.isEmpty()) {
					rows.add(TableRow.of(0, section, cells));
				}
				continue;
			}
			int number = TableLines.rowNumber(cells.get(numberColumn).text());
			if (number > 0) {
				current = TableRow.of(number, section, cells);
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

}
