package org.coopgraph.extract.stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.coopgraph.extract.Extraction;
import org.coopgraph.extract.Slot;
import org.coopgraph.extract.Stage;
import org.coopgraph.extract.structure.HeadedTableReader;
import org.coopgraph.extract.structure.RawTask;
import org.coopgraph.extract.structure.TableHeaders;
import org.coopgraph.extract.structure.TaskTableReader;
import org.coopgraph.extract.structure.WorkPlanReader;
import org.coopgraph.extract.text.TextLine;

/**
 * Recognises the document's structure before any fact is read: task tables read by their header cells (numbered
 * ones and those keyed by the unit in their first column), then task tables in the layout of PDF text (both claim
 * their lines), then numbered work-plan items in the remaining lines. Provides the raw tasks.
 */
public final class StructureStage implements Stage {

	private final HeadedTableReader headedTables;

	private final TaskTableReader taskTables;

	private final WorkPlanReader workPlans;

	public StructureStage(UnitNamer namer) {
		TableHeaders headers = TableHeaders.load();
		this.headedTables = new HeadedTableReader(headers, namer::looksLikeUnit);
		this.taskTables = new TaskTableReader(headers, namer::looksLikeUnit);
		this.workPlans = new WorkPlanReader(namer::looksLikeUnit);
	}

	@Override
	public Extraction apply(Extraction in) {
		List<TextLine> lines = in.text().lines();
		boolean[] claimed = new boolean[lines.size()];
		List<RawTask> tasks = new ArrayList<>(this.headedTables.read(lines, claimed));
		tasks.addAll(this.taskTables.read(lines, claimed));
		List<RawTask> plan = this.workPlans.read(in.text(), lines, claimed);
		tasks.addAll(plan);
		return in.withRawTasks(tasks);
	}

	@Override
	public Set<Slot> requires() {
		return Set.of(Slot.TEXT);
	}

	@Override
	public Set<Slot> provides() {
		return Set.of(Slot.STRUCTURE);
	}

}
