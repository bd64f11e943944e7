package org.coopgraph.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.coopgraph.extract.model.DocumentExtraction;
import org.coopgraph.extract.model.Evidence;
import org.coopgraph.extract.model.ExtractedEntity;
import org.coopgraph.extract.model.ExtractedRelation;
import org.coopgraph.extract.model.ExtractedTask;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON form of an extraction, in the shape of the gold annotations ({@code doc}, {@code entities},
 * {@code relations} with {@code amount_cny}, {@code tasks}) plus offsets and the rule that fired, the document's
 * year and how it was found, the division code of each resolved place (or its candidates when ambiguous) and the
 * year a relation's sentence states.
 */
final class ExtractionJson {

	private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private ExtractionJson() {
	}

	static String write(DocumentExtraction extraction) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("doc", extraction.doc());
		json.put("title", extraction.title());
		json.put("year", extraction.dated().year());
		json.put("date", (extraction.dated().date() != null) ? extraction.dated().date().toString() : null);
		json.put("year_source", extraction.dated().source().name());
		json.put("entities", extraction.entities().stream().map(ExtractionJson::entity).toList());
		json.put("relations", extraction.relations().stream().map(ExtractionJson::relation).toList());
		json.put("tasks", extraction.tasks().stream().map(ExtractionJson::task).toList());
		return MAPPER.writeValueAsString(json);
	}

	private static Map<String, Object> entity(ExtractedEntity entity) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("name", entity.name());
		json.put("type", entity.type().label());
		json.put("aliases", entity.aliases());
		if (entity.code() != null) {
			json.put("code", entity.code());
		}
		if (entity.ambiguous()) {
			json.put("ambiguous", true);
			json.put("candidates", entity.candidates());
		}
		return json;
	}

	private static Map<String, Object> relation(ExtractedRelation relation) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("type", relation.type().name());
		json.put("from", relation.from());
		json.put("to", relation.to());
		json.put("amount_cny", relation.amountCny());
		json.put("year", relation.year());
		putEvidence(json, relation.evidence());
		json.put("rule", relation.rule());
		return json;
	}

	private static Map<String, Object> task(ExtractedTask task) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", task.id());
		json.put("text", task.text());
		json.put("responsible", task.responsible());
		json.put("lead", task.lead());
		json.put("co_responsible", task.coResponsible());
		json.put("deadline", task.deadline());
		putEvidence(json, task.evidence());
		return json;
	}

	private static void putEvidence(Map<String, Object> json, Evidence evidence) {
		Evidence e = (evidence != null) ? evidence : Evidence.NONE;
		json.put("evidence", e.sentence());
		json.put("start", e.start());
		json.put("end", e.end());
	}


}
