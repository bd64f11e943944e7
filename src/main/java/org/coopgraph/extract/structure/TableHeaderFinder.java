package org.coopgraph.extract.structure;

import java.util.ArrayList;
import java.util.List;

import org.coopgraph.extract.text.Compact;
import org.coopgraph.extract.text.TextLine;

/**
 * Finds the headers of task tables by their cells (see {@link TableHeaders}): on one line with tabs or {@code |}
 * between cells, or one cell per line, and with a second header row that splits the unit column. A header makes a
 * task table when it says what to do and names units or times, and either numbers its rows (序号) or keys them by the
 * unit in its first column (部门 / 工作要点 / 具体内容 / 拟推进时间). Stateless and thread-safe.
 */
final class TableHeaderFinder {

	static final int MIN_COLUMNS = 3;

	private static final int MAX_COLUMNS = 12;

	private final TableHeaders headers;

	TableHeaderFinder(TableHeaders headers) {
		this.headers = headers;
	}

	/** The header starting at line {@code i}, or {@code null}. */
	TableHeader find(List<TextLine> lines, int i) {
		TextLine line = lines.get(i);
		char delimiter = TableCell.delimiterOf(line);
		if (delimiter != 0) {
			List<ColumnRole> roles = delimitedRoles(line, delimiter, MIN_COLUMNS);
			if (roles != null) {
				if (!complete(roles)) {
					return null;
				}
				int next = nextNonBlank(lines, i + 1);
				List<ColumnRole> sub = next < 0 || TableCell.delimiterOf(lines.get(next)) != delimiter ? null
						: delimitedRoles(lines.get(next), delimiter, 2);
				List<ColumnRole> split = sub == null ? null : splitParent(roles, sub, true);
				return split != null ? new TableHeader(split, next, delimiter, false) : new TableHeader(roles, i, delimiter, false);
			}
		}
		List<ColumnRole> roles = new ArrayList<>();
		boolean marked = true;
		int last = i;
		for (int k = i; k < lines.size() && roles.size() < MAX_COLUMNS; k++) {
			TextLine l = lines.get(k);
			if (l.isBlank()) {
				if (roles.isEmpty()) {
					continue;
				}
				break;
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
		List<ColumnRole> split = run > 0 ? splitParent(roles.subList(0, run), roles.subList(run, roles.size()), false)
				: null;
		if (split != null) {
			roles = split;
		}
		boolean numberFirst = !roles.isEmpty() && (roles.get(0) == ColumnRole.NUMBER || !roles.contains(ColumnRole.NUMBER));
		return numberFirst && complete(roles) ? new TableHeader(roles, last, (char) 0, marked) : null;
	}

	/**
	 * The roles of a header line's cells, an empty cell being {@link ColumnRole#OTHER}; {@code null} when it has
	 * fewer than {@code min} filled cells or a cell too long for a header.
	 */
	private List<ColumnRole> delimitedRoles(TextLine line, char delimiter, int min) {
		List<TableCell> cells = TableCell.cellsOf(line, delimiter);
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
	 * second row stand under the first row's merged cells. When the rows are {@code aligned} cell by cell (a table
	 * whose merged cell was written as the parent and empty cells after it: 责任单位 | | 完成时限 over
	 * | | 牵头单位 | 配合单位 |), the empty cells the split fills are the parent's own and no columns of their own.
	 */
	private static List<ColumnRole> splitParent(List<ColumnRole> roles, List<ColumnRole> sub, boolean aligned) {
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
		int span = 0;
		while (aligned && parent + span + 1 < Math.min(roles.size(), sub.size())
				&& roles.get(parent + span + 1) == ColumnRole.OTHER && sub.get(parent + span + 1).namesUnits()) {
			span++;
		}
		List<ColumnRole> out = new ArrayList<>(roles.subList(0, parent));
		out.addAll(units);
		out.addAll(roles.subList(parent + 1 + span, roles.size()));
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

	/**
	 * A task table says what to do and either numbers its rows and names units or times, or names each row's unit in
	 * its first column and dates it.
	 */
	private static boolean complete(List<ColumnRole> roles) {
		if (roles.size() < MIN_COLUMNS || !roles.contains(ColumnRole.TASK) && !roles.contains(ColumnRole.DETAIL)) {
			return false;
		}
		if (roles.contains(ColumnRole.NUMBER)) {
			return roles.stream().anyMatch((r) -> r.namesUnits() || r == ColumnRole.DEADLINE);
		}
		return roles.get(0).namesUnits() && roles.contains(ColumnRole.DEADLINE);
	}

}
