package org.coopgraph.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.coopgraph.graph.EntityName;
import org.coopgraph.graph.TaskQueries;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Tasks and the units responsible for them; each unit list is one batched query per request. */
@Controller
class TaskController {

	private final TaskQueries tasks;

	private final PageSize pageSize;

	TaskController(TaskQueries tasks, PageSize pageSize) {
		this.tasks = tasks;
		this.pageSize = pageSize;
	}

	@QueryMapping
	List<Task> tasks(@Argument String responsible, @Argument String lead, @Argument String document,
			@Argument String deadlineBefore, @Argument String text, @Argument Integer first, @Argument String after) {
		if (responsible != null && lead != null) {
			throw new ApiException(ApiException.Kind.BAD_ARGUMENT, "Give at most one of 'responsible' and 'lead'");
		}
		EntityName unit = (lead != null) ? EntityName.of("lead", lead) : EntityName.of("responsible", responsible);
		return this.tasks
			.tasks(unit, lead != null, document, IsoDate.check(deadlineBefore, "deadlineBefore"), text,
					Cursor.offsetAfter(after), this.pageSize.check(first))
			.stream()
			.map(Task::of)
			.toList();
	}

	@BatchMapping
	Map<Task, List<Entity>> responsible(List<Task> parents) {
		return units(parents, TaskQueries.RESPONSIBILITY_TYPES);
	}

	@BatchMapping
	Map<Task, List<Entity>> lead(List<Task> parents) {
		return units(parents, List.of("LEADS"));
	}

	@BatchMapping
	Map<Task, List<Entity>> coResponsible(List<Task> parents) {
		return units(parents, List.of("CO_RESPONSIBLE"));
	}

	private Map<Task, List<Entity>> units(List<Task> parents, List<String> types) {
		var byKey = this.tasks.unitsOf(parents.stream().map(Task::id).toList(), types);
		Map<Task, List<Entity>> result = new HashMap<>();
		parents.forEach((p) -> result.put(p, byKey.get(p.id()).stream().map(Entity::of).toList()));
		return result;
	}

}
