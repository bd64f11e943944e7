package org.coopgraph.extract.structure;

import java.util.List;

/**
 * A task table's columns, read from its header cells, and the line its header ends on. {@code delimiter} is the
 * character between the cells of a row (tab or {@code |}), or 0 when the table is written one cell per line;
 * {@code marked} when every cell of such a table ends in {@code |}.
 */
record TableHeader(List<ColumnRole> roles, int last, char delimiter, boolean marked) {

	TableHeader {
		roles = List.copyOf(roles);
	}

	int column(ColumnRole role) {
		return this.roles.indexOf(role);
	}

	/** Rows are numbered (序号); otherwise the first column names the unit of each row (部门 / 镇区 tables). */
	boolean numbered() {
		return this.roles.contains(ColumnRole.NUMBER);
	}

	/** The column that gives a task its text: the specific content (具体内容) where the table has one. */
	int textColumn() {
		int detail = column(ColumnRole.DETAIL);
		return detail >= 0 ? detail : column(ColumnRole.TASK);
	}

}
