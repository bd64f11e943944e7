package org.coopgraph.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import graphql.schema.DataFetchingEnvironment;
import org.coopgraph.graph.EntityNode;
import org.coopgraph.graph.EntityQueries;
import org.coopgraph.graph.NeighborQueries;
import org.coopgraph.graph.NodeFields;
import org.coopgraph.graph.RelatedFact;
import org.coopgraph.graph.SearchPage;
import org.coopgraph.graph.TaskNode;
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
 * Entities: lookup, search, and the facts, tasks and neighbourhoods around them. Nested fields are batch-loaded, one
 * query per field (and per distinct argument set) whatever the number of parents.
 */
@Controller
class EntityController {

	private final EntityQueries entities;

	private final TaskQueries tasks;

	private final NeighborQueries neighbors;

	private final PageSize pageSize;

	EntityController(EntityQueries entities, TaskQueries tasks, NeighborQueries neighbors, PageSize pageSize,
			BatchLoaderRegistry registry) {
		this.entities = entities;
		this.tasks = tasks;
		this.neighbors = neighbors;
		this.pageSize = pageSize;
		registry.forTypePair(RelatedKey.class, List.class)
			.withName("related")
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> rawLists(loadRelated(keys))));
		registry.forTypePair(NeighborsKey.class, Subgraph.class)
			.withName("neighbors")
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> loadNeighbors(keys)));
	}

	@QueryMapping
	Entity entity(@Argument String name, @Argument String id) {
		if ((name == null) == (id == null)) {
			throw new ApiException(ApiException.Kind.BAD_ARGUMENT, "Give exactly one of the arguments 'name' and 'id'");
		}
		EntityNode found = (id != null) ? this.entities.findByKeys(List.of(id)).get(id)
				: this.entities.findByNameOrAlias(name);
		return (found != null) ? Entity.of(found) : null;
	}

	@QueryMapping
	Node node(@Argument String id) {
		EntityNode entity = this.entities.findByKeys(List.of(id)).get(id);
		if (entity != null) {
			return Entity.of(entity);
		}
		TaskNode task = this.tasks.findByKeys(List.of(id)).get(id);
		return (task != null) ? Task.of(task) : null;
	}

	@QueryMapping
	List<Entity> search(@Argument String text, @Argument List<String> types, @Argument Integer first) {
		return searchPage(text, types, first, 0).entities().stream().map(Entity::of).toList();
	}

	@QueryMapping
	EntityConnection searchEntities(@Argument String text, @Argument List<String> types, @Argument Integer first,
			@Argument String after) {
		int offset = Cursor.offsetAfter(after);
		return EntityConnection.of(searchPage(text, types, first, offset), offset);
	}

	@SchemaMapping
	CompletableFuture<List<Related>> related(Entity entity, @Argument List<String> types, @Argument String direction,
			@Argument Integer first, @Argument String after, DataFetchingEnvironment environment,
			DataLoader<RelatedKey, List<Related>> related) {
		return related.load(relatedKey(entity.id(), types, direction, first, after,
				NodeSelection.under(environment, "node", "entity")));
	}

	private RelatedKey relatedKey(String entityKey, List<String> types, String direction, Integer first, String after,
			NodeFields fields) {
		return new RelatedKey(entityKey, types, direction, Cursor.offsetAfter(after), this.pageSize.check(first),
				fields);
	}

	private static List<Related> related(List<RelatedFact> facts, int offset) {
		return IntStream.range(0, facts.size()).mapToObj((i) -> Related.of(facts.get(i), offset + i)).toList();
	}

	@SchemaMapping
	CompletableFuture<Subgraph> neighbors(Entity entity, @Argument Integer depth, @Argument List<String> types,
			@Argument Integer maxNodes, DataFetchingEnvironment environment,
			DataLoader<NeighborsKey, Subgraph> neighbors) {
		return neighbors.load(neighborsArguments(depth, types, maxNodes, environment).of(entity.node()));
	}

	private static NeighborsKey.Arguments neighborsArguments(Integer depth, List<String> types, Integer maxNodes,
			DataFetchingEnvironment environment) {
		int levels = (depth != null) ? depth : 1;
		if (levels < 1 || levels > NeighborQueries.MAX_DEPTH) {
			throw new ApiException(ApiException.Kind.BAD_ARGUMENT,
					"Argument 'depth' must be between 1 and %d, got %d".formatted(NeighborQueries.MAX_DEPTH, levels));
		}
		int cap = (maxNodes != null) ? maxNodes : 200;
		if (cap < 1 || cap > 1000) {
			throw new ApiException(ApiException.Kind.BAD_ARGUMENT,
					"Argument 'maxNodes' must be between 1 and 1000, got " + cap);
		}
		Set<String> edgeFields = NodeSelection.namesUnder(environment, "edges");
		boolean edgeDetails = edgeFields.contains("amountCny") || edgeFields.contains("evidence")
				|| edgeFields.contains("document");
		return new NeighborsKey.Arguments(levels, RelationTypes.orAll(types), cap, edgeDetails,
				NodeSelection.under(environment, "nodes"));
	}

	@BatchMapping
	Map<Entity, List<Task>> tasks(List<Entity> parents) {
		var byKey = this.tasks.tasksOf(parents.stream().map(Entity::id).toList());
		Map<Entity, List<Task>> result = new HashMap<>();
		parents.forEach((p) -> result.put(p, byKey.get(p.id()).stream().map(Task::of).toList()));
		return result;
	}

	@BatchMapping
	Map<Entity, Entity> province(List<Entity> parents) {
		List<String> codes = parents.stream().map(Entity::provinceCode).filter(Objects::nonNull).distinct().toList();
		Map<String, EntityNode> provinces = codes.isEmpty() ? Map.of() : this.entities.findByKeys(codes);
		Map<Entity, Entity> result = new HashMap<>();
		parents.forEach((p) -> {
			EntityNode province = (p.provinceCode() != null) ? provinces.get(p.provinceCode()) : null;
			if (province != null) {
				result.put(p, Entity.of(province));
			}
		});
		return result;
	}

	@BatchMapping
	Map<Entity, List<Entity>> parents(List<Entity> children) {
		List<String> coded = children.stream().filter((c) -> c.code() != null).map(Entity::id).distinct().toList();
		Map<String, List<EntityNode>> byKey = coded.isEmpty() ? Map.of() : this.entities.parents(coded);
		Map<Entity, List<Entity>> result = new HashMap<>();
		children.forEach((c) -> result.put(c,
				byKey.getOrDefault(c.id(), List.of()).stream().map(Entity::of).toList()));
		return result;
	}

	private SearchPage searchPage(String text, List<String> types, Integer first, int offset) {
		if (text.isBlank()) {
			throw new ApiException(ApiException.Kind.BAD_ARGUMENT, "Argument 'text' must not be blank");
		}
		return this.entities.search(text, types, this.pageSize.check(first), offset);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Map<RelatedKey, List> rawLists(Map<RelatedKey, List<Related>> loaded) {
		// BatchLoaderRegistry takes a Class for the value type, which cannot carry List<Related>'s type argument.
		return (Map) loaded;
	}

	private Map<RelatedKey, List<Related>> loadRelated(Set<RelatedKey> keys) {
		Map<RelatedKey, List<Related>> result = new HashMap<>();
		keys.stream().collect(Collectors.groupingBy(RelatedKey::filter)).forEach((filter, group) -> {
			Map<String, List<RelatedFact>> facts = this.entities.related(
					group.stream().map(RelatedKey::entityKey).toList(), filter.types(), filter.direction(),
					filter.offset(), filter.limit(), filter.fields());
			group.forEach((key) -> {
				result.put(key, related(facts.get(key.entityKey()), filter.offset()));
			});
		});
		return result;
	}

	private Map<NeighborsKey, Subgraph> loadNeighbors(Set<NeighborsKey> keys) {
		Map<NeighborsKey, Subgraph> result = new HashMap<>();
		keys.stream().collect(Collectors.groupingBy(NeighborsKey::arguments)).forEach((arguments, group) -> {
			var subgraphs = this.neighbors.neighbors(group.stream().map(NeighborsKey::root).toList(),
					arguments.depth(), arguments.types(), arguments.maxNodes(), arguments.edgeDetails(),
					arguments.fields());
			group.forEach((key) -> result.put(key, Subgraph.of(subgraphs.get(key.root().key()))));
		});
		return result;
	}

}
