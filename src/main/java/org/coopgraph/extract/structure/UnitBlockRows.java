package org.coopgraph.extract.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.coopgraph.extract.text.Compact;
import org.coopgraph.extract.text.TextLine;

/**
 * Rows of a task table keyed by units (部门 / 工作要点 / 具体内容 / 拟推进时间) written one cell per line. Stateless and
 * thread-safe.
 */
final class UnitBlockRows {

	/** A unit in the first column of a table keyed by units is a name, not a sentence. */
	private static final int MAX_UNIT = 20;

	private final TableHeaderFinder finder;

	UnitBlockRows(TableHeaderFinder finder) {
		this.finder = finder;
	}

	/**
	 * Rows of a table keyed by units written one cell per line: a blank line ends a row, a cell opens with a tab where
	 * the text indents cells (lines without one continue the cell), and an empty first cell repeats the unit above.
	 */
	int read(List<TextLine> lines, TableHeader header, boolean[] claimed, List<TableRow> rows) {
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
			TableLines.claim(lines, i, end - 1, claimed);
			i = end;
			if (Compact.of(cells.get(0).text()).length() > MAX_UNIT) {
				continue;
			}
			cells = TableRow.fit(cells, columns);
			unit = cells.get(0).isEmpty() ? unit : cells.get(0);
			cells.set(0, unit);
			if (!unit.isEmpty()) {
				rows.add(TableRow.of(0, 0, cells));
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

}
