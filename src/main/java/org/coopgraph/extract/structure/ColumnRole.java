package org.coopgraph.extract.structure;

/** What a task-table column holds, as its header cell says. */
public enum ColumnRole {

	/** The row number, which becomes the task id. */
	NUMBER,
	/** The task (工作任务, 工作要点). */
	TASK,
	/** The task's specific content (具体内容), which is its text where a table has both. */
	DETAIL,
	/** 牵头单位. */
	LEAD,
	/** 责任单位 and other units responsible without a separate lead. */
	RESPONSIBLE,
	/** 配合单位, 协办单位, 共同责任单位. */
	CO,
	/** The completion time. */
	DEADLINE,
	/** People (责任领导), who are not units. */
	PERSON,
	/** Any other column (备注, 工作目标). */
	OTHER;

	boolean namesUnits() {
		return this == LEAD || this == RESPONSIBLE || this == CO;
	}

}
