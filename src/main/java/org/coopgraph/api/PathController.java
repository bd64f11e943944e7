package org.coopgraph.api;

import java.util.List;

import org.coopgraph.graph.EntityName;
import org.coopgraph.graph.PathQueries;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Shortest connections between two entities. */
@Controller
class PathController {

	private final PathQueries paths;

	PathController(PathQueries paths) {
		this.paths = paths;
	}

	@QueryMapping
	Subgraph.Path path(@Argument String from, @Argument String to, @Argument Integer maxHops,
			@Argument List<String> types) {
		int hops = (maxHops != null) ? maxHops : 4;
		if (hops < 1 || hops > PathQueries.MAX_HOPS) {
			throw new ApiException(ApiException.Kind.BAD_ARGUMENT,
					"Argument 'maxHops' must be between 1 and %d, got %d".formatted(PathQueries.MAX_HOPS, hops));
		}
		var found = this.paths.shortest(EntityName.of("from", from), EntityName.of("to", to), hops,
				RelationTypes.orAll(types));
		return (found != null) ? Subgraph.Path.of(found) : null;
	}

}
