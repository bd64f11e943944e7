package org.coopgraph.ingest;

import java.util.ArrayList;
import java.util.List;

import org.coopgraph.extract.model.DocumentExtraction;
import org.coopgraph.extract.model.EntityType;
import org.coopgraph.extract.model.Evidence;
import org.coopgraph.extract.model.ExtractedEntity;
import org.coopgraph.extract.model.ExtractedRelation;
import org.coopgraph.extract.model.ExtractedTask;
import org.coopgraph.extract.model.RelationType;
import org.coopgraph.graph.DocumentSource;

/**
 * Builds extractions by hand, so that writer tests do not depend on what the extractor finds today. Not thread-safe.
 */
final class TestExtractions {

	private final String doc;

	private final List<ExtractedEntity> entities = new ArrayList<>();

	private final List<ExtractedRelation> relations = new ArrayList<>();

	private final List<ExtractedTask> tasks = new ArrayList<>();

	private TestExtractions(String doc) {
		this.doc = doc;
	}

	static TestExtractions document(String doc) {
		return new TestExtractions(doc);
	}

	TestExtractions entity(String name, EntityType type, String... aliases) {
		this.entities.add(new ExtractedEntity(name, type, List.of(aliases)));
		return this;
	}

	TestExtractions relation(RelationType type, String from, String to, Long amount, String evidence, int start) {
		this.relations.add(new ExtractedRelation(type, from, to, amount,
				new Evidence(evidence, start, start + evidence.length()), "test-rule"));
		return this;
	}

	TestExtractions task(String id, String text, String unit, String deadline, int start) {
		String sentence = text + "（责任单位：" + unit + "，完成时间：" + deadline + "）";
		this.tasks.add(new ExtractedTask(id, text, List.of(unit), List.of(), List.of(), deadline,
				new Evidence(sentence, start, start + sentence.length())));
		return this;
	}

	DocumentExtraction build() {
		return new DocumentExtraction(this.doc, "测试文件", "", this.entities, this.relations, this.tasks);
	}

	DocumentSource source(String sha256) {
		return new DocumentSource(this.doc, "测试文件", sha256, "text", 100);
	}

}
