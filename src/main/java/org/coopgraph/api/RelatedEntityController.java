package org.coopgraph.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.coopgraph.graph.RelatedEntityQueries;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * {@code Entity.relatedEntities} and {@code Related.entity}: what an application shows as an entity's neighbours,
 * each once and typed, batch-loaded in one query per distinct argument set whatever the number of parents.
 */
@Controller
class RelatedEntityController {

	private final RelatedEntityQueries queries;

	private final PageSize pageSize;

	RelatedEntityController(RelatedEntityQueries queries, PageSize pageSize, BatchLoaderRegistry registry) {
		this.queries = queries;
		this.pageSize = pageSize;
		registry.forTypePair(RelatedEntitiesKey.class, List.class)
			.withName("relatedEntities")
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> rawLists(load(keys))));
	}

	@SchemaMapping(typeName = "Entity")
	CompletableFuture<List<RelatedEntity>> relatedEntities(Entity entity, @Argument List<String> types,
			@Argument Integer first, @Argument String after, DataLoader<RelatedEntitiesKey, List<RelatedEntity>> relatedEntities) {
		return relatedEntities.load(new RelatedEntitiesKey(entity.id(), types, Cursor.offsetAfter(after),
				this.pageSize.check(first)));
	}

	/** The node at the other end of a fact when it is an entity; read from the fact, no database access. */
	@SchemaMapping(typeName = "Related")
	Entity entity(Related related) {
		return (related.node() instanceof Entity entity) ? entity : null;
	}

	private Map<RelatedEntitiesKey, List<RelatedEntity>> load(Set<RelatedEntitiesKey> keys) {
		Map<RelatedEntitiesKey, List<RelatedEntity>> result = new HashMap<>();
		keys.stream().collect(Collectors.groupingBy(RelatedEntitiesKey::page)).forEach((page, group) -> {
			var byKey = this.queries.of(group.stream().map(RelatedEntitiesKey::entityKey).toList(), page.types(),
					page.offset(), page.limit());
			group.forEach((key) -> {
				var found = byKey.get(key.entityKey());
				result.put(key, IntStream.range(0, found.size())
					.mapToObj((i) -> RelatedEntity.of(found.get(i), page.offset() + i))
					.toList());
			});
		});
		return result;
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Map<RelatedEntitiesKey, List> rawLists(Map<RelatedEntitiesKey, List<RelatedEntity>> loaded) {
		// BatchLoaderRegistry takes a Class for the value type, which cannot carry List<RelatedEntity>'s type argument.
		return (Map) loaded;
	}

}
