package org.coopgraph.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import org.coopgraph.graph.EntityName;
import org.coopgraph.graph.FactTypes;
import org.coopgraph.graph.TaskFilter;
import org.coopgraph.graph.TaskQueries;
import org.coopgraph.graph.TaskWithUnits;
import org.dataloader.DataLoader;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Tasks and the units responsible for them; each unit list is one batched query per request. */
@Controller
class TaskController {

	/** The fields of a task that list units, with the relationship types that relate those units to it. */
	private static final Map<String, List<String>> UNIT_FIELDS = Map.of("responsible", FactTypes.TO_TASK_NAMES,
			"lead", List.of(FactTypes.LEADS), "coResponsible", List.of(FactTypes.CO_RESPONSIBLE));

	private final TaskQueries tasks;

	private final PageSize pageSize;

	TaskController(TaskQueries tasks, PageSize pageSize) {
		this.tasks = tasks;
		this.pageSize = pageSize;
	}

	@QueryMapping
	List<Task> tasks(@Argument String responsible, @Argument String lead, @Argument String document,
			@Argument String deadlineBefore, @Argument String text, @Argument Integer first, @Argument String after,
			DataFetchingEnvironment env) {
		if (responsible != null && lead != null) {
			throw new ApiException(ApiException.Kind.BAD_ARGUMENT, "Give at most one of 'responsible' and 'lead'");
		}
		EntityName unit = (lead != null) ? EntityName.of("lead", lead) : EntityName.of("responsible", responsible);
		TaskFilter filter = new TaskFilter(unit, lead != null, document,
				IsoDate.check(deadlineBefore, "deadlineBefore"), text);
		String unitField = unitFieldSelected(env.getSelectionSet());
		List<TaskWithUnits> found = this.tasks.tasks(filter, Cursor.offsetAfter(after), this.pageSize.check(first),
				(unitField != null) ? UNIT_FIELDS.get(unitField) : null);
		List<Task> result = new ArrayList<>(found.size());
		// The units of the one unit field asked for come with the tasks; its batch loader finds them loaded.
		DataLoader<Task, List<Entity>> units = (unitField != null) ? env.getDataLoader("Task." + unitField) : null;
		for (TaskWithUnits row : found) {
			Task task = Task.of(row.task());
			result.add(task);
			if (units != null) {
				units.prime(task, row.units().stream().map(Entity::of).toList());
			}
		}
		return result;
	}

	/** The one field of {@link #UNIT_FIELDS} selected under each task, or null when none or several are. */
	private static String unitFieldSelected(DataFetchingFieldSelectionSet selection) {
		List<String> selected = selection.getImmediateFields()
			.stream()
			.map(SelectedField::getName)
			.filter(UNIT_FIELDS::containsKey)
			.distinct()
			.toList();
		return (selected.size() == 1) ? selected.get(0) : null;
	}

	@BatchMapping
	Map<Task, List<Entity>> responsible(List<Task> parents) {
		return units(parents, UNIT_FIELDS.get("responsible"));
	}

	@BatchMapping
	Map<Task, List<Entity>> lead(List<Task> parents) {
		return units(parents, UNIT_FIELDS.get("lead"));
	}

	@BatchMapping
	Map<Task, List<Entity>> coResponsible(List<Task> parents) {
		return units(parents, UNIT_FIELDS.get("coResponsible"));
	}

	private Map<Task, List<Entity>> units(List<Task> parents, List<String> types) {
		var byKey = this.tasks.unitsOf(parents.stream().map(Task::id).toList(), types);
		Map<Task, List<Entity>> result = new HashMap<>();
		parents.forEach((p) -> result.put(p, byKey.get(p.id()).stream().map(Entity::of).toList()));
		return result;
	}

}
