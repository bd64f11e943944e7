package org.coopgraph.extract.structure;

import java.util.ArrayList;
import java.util.List;

/**
 * A row of a task table: per column its cell, and the cells of continuation rows below it (merged or wrapped cells).
 * {@code number} is 0 in tables keyed by unit; {@code section} the table's section heading above the row, or 0.
 */
record TableRow(int number, int section, List<List<TableCell>> columns) {

	static TableRow of(int number, int section, List<TableCell> cells) {
		List<List<TableCell>> columns = new ArrayList<>();
		cells.forEach((c) -> columns.add(new ArrayList<>(List.of(c))));
		return new TableRow(number, section, columns);
	}

	void extend(List<TableCell> more) {
		for (int c = 0; c < this.columns.size(); c++) {
			if (!more.get(c).isEmpty()) {
				this.columns.get(c).add(more.get(c));
			}
		}
	}

	/** Pads a row that lost trailing cells; a row with extra cells keeps them in its last column. */
	static List<TableCell> fit(List<TableCell> cells, int columns) {
		List<TableCell> out = new ArrayList<>(cells.subList(0, Math.min(columns, cells.size())));
		if (cells.size() > columns) {
			out.set(columns - 1, TableCell.joining(cells.subList(columns - 1, cells.size())));
		}
		while (out.size() < columns) {
			out.add(TableCell.EMPTY);
		}
		return out;
	}

}
