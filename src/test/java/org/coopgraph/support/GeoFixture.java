package org.coopgraph.support;

import java.time.LocalDate;
import java.util.List;

import org.coopgraph.extract.model.DocumentDate;
import org.coopgraph.extract.model.DocumentExtraction;
import org.coopgraph.extract.model.EntityType;
import org.coopgraph.extract.model.Evidence;
import org.coopgraph.extract.model.ExtractedEntity;
import org.coopgraph.extract.model.ExtractedRelation;
import org.coopgraph.extract.model.ExtractionState;
import org.coopgraph.extract.model.RelationType;
import org.coopgraph.graph.DocumentSource;
import org.coopgraph.graph.DocumentWrite;
import org.coopgraph.graph.GraphWriter;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Two invented documents that both name 鼓楼区: one of 南京 (320106) pairing it with 镇安县 of 陕西, dated 2022 by its
 * issue date, and one of 徐州 (320302) pairing it with 丹凤县, with no date, its facts dated by their sentences. Also
 * an ambiguous 城关镇 and a place the division table lacks. Built by hand with codes and years, so that tests of the
 * graph and the API do not depend on what the extractor resolves. As a JUnit extension of a test in the application
 * context ({@code @ExtendWith(GeoFixture.class)}), it writes them before each test and removes them after.
 */
public final class GeoFixture implements BeforeEachCallback, AfterEachCallback {

	public static final String NANJING = "geo-fixture-nanjing.txt";

	public static final String XUZHOU = "geo-fixture-xuzhou.txt";

	@Override
	public void beforeEach(ExtensionContext context) {
		write(writer(context));
	}

	@Override
	public void afterEach(ExtensionContext context) {
		remove(writer(context));
	}

	private static GraphWriter writer(ExtensionContext context) {
		return SpringExtension.getApplicationContext(context).getBean(GraphWriter.class);
	}

	public static void write(GraphWriter writer) {
		writes().forEach((document) -> writer.write(document.source(), document.extraction(), false));
	}

	/** The two documents with their extractions, as {@link #write} stores them one after the other. */
	public static List<DocumentWrite> writes() {
		return List.of(
				new DocumentWrite(
						new DocumentSource(NANJING, "南京市鼓楼区与镇安县结对帮扶工作要点", "geo-nanjing-v1", "text", 300),
						nanjing()),
				new DocumentWrite(new DocumentSource(XUZHOU, "徐州市鼓楼区东西部协作简报", "geo-xuzhou-v1", "text", 300),
						xuzhou()));
	}

	public static void remove(GraphWriter writer) {
		writer.remove(NANJING);
		writer.remove(XUZHOU);
	}

	private static DocumentExtraction nanjing() {
		List<ExtractedEntity> entities = List.of(place("南京市", EntityType.CITY, "320100", "南京"),
				place("鼓楼区", EntityType.COUNTY, "320106"), place("镇安县", EntityType.COUNTY, "611025", "镇安"),
				place("回龙镇", EntityType.TOWN, "611025101"));
		List<ExtractedRelation> relations = List.of(relation(RelationType.PAIRS_WITH, "鼓楼区", "镇安县", null, 0, null),
				relation(RelationType.FUNDS, "鼓楼区", "镇安县", 2_000_000L, 30, null),
				relation(RelationType.FUNDS, "鼓楼区", "镇安县", 1_000_000L, 60, 2023),
				relation(RelationType.FUNDS, "鼓楼区", "回龙镇", 300_000L, 90, null),
				relation(RelationType.LOCATED_IN, "鼓楼区", "南京市", null, 120, null));
		return new DocumentExtraction(NANJING, "南京市鼓楼区与镇安县结对帮扶工作要点", "南京市鼓楼区人民政府", entities, relations,
				List.of(), ExtractionState.COMPLETE, List.of(),
				new DocumentDate(2022, LocalDate.of(2022, 3, 15), DocumentDate.Source.ISSUE_DATE));
	}

	private static DocumentExtraction xuzhou() {
		List<ExtractedEntity> entities = List.of(place("徐州市", EntityType.CITY, "320300", "徐州"),
				place("鼓楼区", EntityType.COUNTY, "320302"), place("丹凤县", EntityType.COUNTY, "611022"),
				new ExtractedEntity("城关镇", EntityType.TOWN, List.of(), null,
						List.of("410183100", "341222100", "120114110")),
				new ExtractedEntity("青川湾县", EntityType.COUNTY, List.of()));
		List<ExtractedRelation> relations = List.of(relation(RelationType.PAIRS_WITH, "鼓楼区", "丹凤县", null, 0, 2021),
				relation(RelationType.FUNDS, "鼓楼区", "丹凤县", 500_000L, 30, 2021),
				relation(RelationType.FUNDS, "徐州市", "丹凤县", 700_000L, 60, null),
				relation(RelationType.PAIRS_WITH, "城关镇", "青川湾县", null, 90, 2021));
		return new DocumentExtraction(XUZHOU, "徐州市鼓楼区东西部协作简报", "", entities, relations, List.of(),
				ExtractionState.COMPLETE, List.of(), DocumentDate.UNKNOWN);
	}

	private static ExtractedEntity place(String name, EntityType type, String code, String... aliases) {
		return new ExtractedEntity(name, type, List.of(aliases), code, List.of());
	}

	private static ExtractedRelation relation(RelationType type, String from, String to, Long amount, int start,
			Integer year) {
		String sentence = from + "与" + to + "的事实" + start;
		return new ExtractedRelation(type, from, to, amount, new Evidence(sentence, start, start + sentence.length()),
				"geo-fixture", year);
	}

}
