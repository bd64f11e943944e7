package org.coopgraph.api;

import java.util.List;

import org.coopgraph.graph.DocumentNode;
import org.coopgraph.graph.EntityQueries;
import org.coopgraph.graph.NamedCount;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The ingested documents and the size of the graph. */
@Controller
class DocumentController {

	private final EntityQueries entities;

	DocumentController(EntityQueries entities) {
		this.entities = entities;
	}

	@QueryMapping
	List<DocumentNode> documents(@Argument Integer year) {
		return this.entities.documents(YearArgument.check("year", year));
	}

	@QueryMapping
	Stats stats() {
		return new Stats(this.entities.labelCounts(), this.entities.relationshipCounts());
	}

	/** GraphQL {@code Stats}; {@code Count} maps from {@link NamedCount} by its fields. */
	record Stats(List<NamedCount> labels, List<NamedCount> relationships) {

	}

}
