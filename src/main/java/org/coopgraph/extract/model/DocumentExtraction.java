package org.coopgraph.extract.model;

import java.util.List;

/**
 * Everything extracted from one document: the contract between the extractor and the graph writer. Its JSON form
 * follows the annotation conventions ({@code doc}, {@code entities}, {@code relations}, {@code tasks}).
 */
public record DocumentExtraction(String doc, String title, String issuer, List<ExtractedEntity> entities,
		List<ExtractedRelation> relations, List<ExtractedTask> tasks) {

	public DocumentExtraction {
		entities = List.copyOf(entities);
		relations = List.copyOf(relations);
		tasks = List.copyOf(tasks);
	}

}
