package org.coopgraph.support;

import java.util.List;

import org.coopgraph.extract.model.DocumentExtraction;
import org.coopgraph.extract.model.EntityType;
import org.coopgraph.extract.model.Evidence;
import org.coopgraph.extract.model.ExtractedEntity;
import org.coopgraph.extract.model.ExtractedRelation;
import org.coopgraph.extract.model.ExtractedTask;
import org.coopgraph.extract.model.RelationType;
import org.coopgraph.graph.DocumentSource;
import org.coopgraph.graph.GraphWriter;

/**
 * A small, fictitious cooperation graph written through the production writer, so API tests know exactly which
 * facts exist whatever the extractor finds in the seeds. Its names do not occur in the seed documents.
 */
public final class ApiFixture {

	public static final String DOCUMENT = "api-fixture.txt";

	private ApiFixture() {
	}

	public static void write(GraphWriter writer) {
		writer.write(new DocumentSource(DOCUMENT, "青山绿水结对帮扶合作2024年计划", "fixture-v1", "text", 400), extraction(),
				false);
	}

	private static DocumentExtraction extraction() {
		List<ExtractedEntity> entities = List.of(entity("青山市", EntityType.CITY, "青山"),
				entity("绿水市", EntityType.CITY, "绿水"),
				entity("青山市发展和改革委员会", EntityType.DEPARTMENT, "市发改委"),
				entity("青山市财政局", EntityType.DEPARTMENT, "市财政局"), entity("白云县", EntityType.COUNTY, "白云"),
				entity("青绿工业园区", EntityType.PARK, "青绿园区"), entity("白云中学", EntityType.ORGANIZATION),
				entity("碧水中学", EntityType.ORGANIZATION));
		List<ExtractedRelation> relations = List.of(relation(RelationType.PAIRS_WITH, "青山市", "绿水市", null, 0),
				relation(RelationType.PAIRS_WITH, "白云中学", "碧水中学", null, 20),
				relation(RelationType.FUNDS, "青山市", "白云县", 1_200_000L, 40),
				relation(RelationType.FUNDS, "青山市", "白云县", 3_000_000L, 60),
				relation(RelationType.FUNDS, "青山市", "青绿工业园区", 500_000L, 80),
				relation(RelationType.LOCATED_IN, "白云县", "绿水市", null, 100),
				relation(RelationType.LOCATED_IN, "青绿工业园区", "白云县", null, 120),
				relation(RelationType.CO_BUILDS, "青山市", "青绿工业园区", null, 140));
		List<ExtractedTask> tasks = List.of(
				new ExtractedTask("1.1", "召开青山绿水结对帮扶联席会议", List.of("青山市发展和改革委员会"), List.of(), List.of(),
						"6月底前", new Evidence("召开青山绿水结对帮扶联席会议", 200, 214)),
				new ExtractedTask("1.2", "落实年度帮扶资金", List.of("青山市发展和改革委员会", "青山市财政局"),
						List.of("青山市发展和改革委员会"), List.of("青山市财政局"), "10月底前",
						new Evidence("落实年度帮扶资金", 220, 228)));
		return new DocumentExtraction(DOCUMENT, "青山绿水结对帮扶合作2024年计划", "青山市人民政府办公室", entities, relations, tasks);
	}

	private static ExtractedEntity entity(String name, EntityType type, String... aliases) {
		return new ExtractedEntity(name, type, List.of(aliases));
	}

	private static ExtractedRelation relation(RelationType type, String from, String to, Long amount, int start) {
		String sentence = from + "与" + to + "的事实" + start;
		return new ExtractedRelation(type, from, to, amount, new Evidence(sentence, start, start + sentence.length()),
				"fixture");
	}

}
