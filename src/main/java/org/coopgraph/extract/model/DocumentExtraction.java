package org.coopgraph.extract.model;

import java.util.List;

/**
 * Everything extracted from one document: the contract between the extractor and the graph writer. Its JSON form
 * follows the annotation conventions ({@code doc}, {@code entities}, {@code relations}, {@code tasks}).
 * {@code state} says whether every section of the document was read; {@code problems} gives one reason per section
 * that failed (its character range and the error), empty when the state is {@link ExtractionState#COMPLETE}.
 * {@code dated} says when the document was issued, as far as its text tells.
 */
public record DocumentExtraction(String doc, String title, String issuer, List<ExtractedEntity> entities,
		List<ExtractedRelation> relations, List<ExtractedTask> tasks, ExtractionState state, List<String> problems,
		DocumentDate dated) {

	public DocumentExtraction {
		entities = List.copyOf(entities);
		relations = List.copyOf(relations);
		tasks = List.copyOf(tasks);
		problems = List.copyOf(problems);
		dated = (dated != null) ? dated : DocumentDate.UNKNOWN;
	}

	/** A complete extraction: every section was read. */
	public DocumentExtraction(String doc, String title, String issuer, List<ExtractedEntity> entities,
			List<ExtractedRelation> relations, List<ExtractedTask> tasks) {
		this(doc, title, issuer, entities, relations, tasks, ExtractionState.COMPLETE, List.of(), DocumentDate.UNKNOWN);
	}

}
