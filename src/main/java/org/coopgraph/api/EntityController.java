package org.coopgraph.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.coopgraph.graph.EntityQueries;
import org.coopgraph.graph.RelatedFact;
import org.coopgraph.graph.TaskQueries;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * Entities: lookup, search, and the facts and tasks around them. Nested fields are batch-loaded, one query per
 * field (and per distinct argument set) whatever the number of parents.
 */
@Controller
class EntityController {

	private final EntityQueries entities;

	private final TaskQueries tasks;

	private final PageSize pageSize;

	EntityController(EntityQueries entities, TaskQueries tasks, PageSize pageSize, BatchLoaderRegistry registry) {
		this.entities = entities;
		this.tasks = tasks;
		this.pageSize = pageSize;
		registry.forTypePair(RelatedKey.class, List.class)
			.withName("related")
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> rawLists(loadRelated(keys))));
	}

	@QueryMapping
	Entity entity(@Argument String name) {
		var found = this.entities.findByNameOrAlias(name);
		return (found != null) ? Entity.of(found) : null;
	}

	@QueryMapping
	List<Entity> search(@Argument String text, @Argument List<String> types, @Argument Integer first) {
		if (text.isBlank()) {
			throw new ApiException(ApiException.Kind.BAD_ARGUMENT, "Argument 'text' must not be blank");
		}
		return this.entities.search(text, types, this.pageSize.check(first)).stream().map(Entity::of).toList();
	}

	@SchemaMapping
	CompletableFuture<List<Related>> related(Entity entity, @Argument List<String> types, @Argument String direction,
			DataLoader<RelatedKey, List<Related>> related) {
		return related.load(new RelatedKey(entity.id(), types, direction));
	}

	@BatchMapping
	Map<Entity, List<Task>> tasks(List<Entity> parents) {
		var byKey = this.tasks.tasksOf(parents.stream().map(Entity::id).toList());
		Map<Entity, List<Task>> result = new HashMap<>();
		parents.forEach((p) -> result.put(p, byKey.get(p.id()).stream().map(Task::of).toList()));
		return result;
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Map<RelatedKey, List> rawLists(Map<RelatedKey, List<Related>> loaded) {
		// BatchLoaderRegistry takes a Class for the value type, which cannot carry List<Related>'s type argument.
		return (Map) loaded;
	}

	private Map<RelatedKey, List<Related>> loadRelated(Set<RelatedKey> keys) {
		Map<RelatedKey, List<Related>> result = new HashMap<>();
		var groups = keys.stream().collect(Collectors.groupingBy(RelatedKey::filter));
		groups.forEach((filter, group) -> {
			Map<String, List<RelatedFact>> facts = this.entities.related(
					group.stream().map(RelatedKey::entityKey).toList(), filter.types(), filter.direction());
			group.forEach((key) -> result.put(key, facts.get(key.entityKey()).stream().map(Related::of).toList()));
		});
		return result;
	}

}
