package org.coopgraph.extract.document;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import org.coopgraph.extract.SharedExtractor;
import org.coopgraph.extract.model.DocumentExtraction;
import org.coopgraph.extract.model.EntityType;
import org.coopgraph.extract.model.ExtractionState;
import org.coopgraph.extract.model.ExtractedEntity;
import org.coopgraph.extract.model.ExtractedRelation;
import org.coopgraph.extract.model.RelationType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentExtractorTests {

	private final DocumentExtractor extractor = SharedExtractor.INSTANCE;

	@Test
	void givesAnEmptyResultForEmptyText() {
		DocumentExtraction d = this.extractor.extract("empty.txt", "");
		assertThat(d.entities()).isEmpty();
		assertThat(d.tasks()).isEmpty();
		assertThat(this.extractor.extract("null.txt", null).relations()).isEmpty();
	}

	@Test
	void survivesBinaryGarbage() {
		byte[] bytes = new byte[20_000];
		new Random(7).nextBytes(bytes);
		DocumentExtraction d = this.extractor.extract("garbage.bin", new String(bytes, StandardCharsets.ISO_8859_1));
		assertThat(d.doc()).isEqualTo("garbage.bin");
	}

	@Test
	void survivesAnExtremelyLongLine() {
		String line = "推进苏州宿迁合作共建，".repeat(50_000);
		DocumentExtraction d = this.extractor.extract("long.txt", "江苏" + line);
		assertThat(d.entities()).extracting(ExtractedEntity::name).contains("苏州市", "宿迁市");
	}

	@Test
	void keepsWhatItCanReadWhenABracketNeverCloses() {
		DocumentExtraction d = this.extractor.extract("open.txt", "泰州市人民政府办公室\n一、任务\n1．推进合作。（责任单位：市商务局，完成时间：5月底前\n2．召开会议。（责任单位：市发改委）\n");
		assertThat(d.tasks()).hasSize(2);
		assertThat(d.tasks().get(0).responsible()).containsExactly("泰州市商务局");
	}

	@Test
	void readsAClauseThatFollowsAnEmptyBracket() {
		DocumentExtraction d = this.extractor.extract("empty-bracket.txt", "泰州市人民政府办公室\n一、任务\n1．召开会议（）责任单位：市商务局\n");
		assertThat(d.state()).isEqualTo(ExtractionState.COMPLETE);
		assertThat(d.problems()).isEmpty();
	}

	@Test
	void recordsEvidenceWithOffsetsIntoTheText() {
		String text = "江苏省内，扬州与泰州结对帮扶合作。";
		DocumentExtraction d = this.extractor.extract("pair.txt", text);
		assertThat(d.relations()).anySatisfy((ExtractedRelation r) -> {
			assertThat(r.from() + r.to()).contains("扬州市").contains("泰州市");
			assertThat(text.substring(r.evidence().start(), r.evidence().end())).contains("结对帮扶");
		});
	}

	@Test
	void takesAFirmWrittenWithoutItsProvinceForTheSameFirm() {
		DocumentExtraction d = this.extractor.extract("firm.txt",
				"扬州市与泰州市结对帮扶合作。浙江宏钜铝业曾经长期亏损，如今宏钜铝业厂区焕发生机。");
		assertThat(d.entities()).filteredOn((e) -> e.name().contains("宏钜铝业"))
			.singleElement()
			.satisfies((e) -> assertThat(e.aliases()).contains("宏钜铝业"));
	}

	@Test
	void readsALongDocumentSectionBySectionWithTheIssuersPlace() {
		String filler = "推进两地产业合作，深化交流。\n\n".repeat(90_000);
		String text = "镇江市人民政府办公室\n\n" + filler + "会同市发改委推进合作。\n";
		assertThat(text.length()).isGreaterThan(DocumentExtractor.SECTION_CHARS);
		DocumentExtraction d = this.extractor.extract("long-plan.txt", text);
		assertThat(d.issuer()).isEqualTo("镇江市人民政府办公室");
		assertThat(d.entities()).extracting(ExtractedEntity::name).contains("镇江市发展和改革委员会");
	}

	@Test
	void givesTheSameResultWhenSharedBetweenThreads() throws Exception {
		List<String> texts = List.of("江苏省内，扬州与泰州结对帮扶合作。", "泰州市人民政府办公室\n一、任务\n1．推进合作。（责任单位：市商务局）\n",
				"常州帮扶盐城，共建常州盐城工业园区。");
		List<DocumentExtraction> sequential = texts.stream().map((t) -> this.extractor.extract("t", t)).toList();
		List<DocumentExtraction> parallel = texts.parallelStream().map((t) -> this.extractor.extract("t", t)).toList();
		assertThat(parallel).isEqualTo(sequential);
	}

	@Test
	void typesTownsAndVillagesNamedInALocalList() {
		DocumentExtraction d = this.extractor.extract("towns.txt", "如皋市城南街道及桃园、新庄、西陈村开展结对活动。");
		assertThat(d.entities()).anySatisfy((ExtractedEntity e) -> {
			assertThat(e.name()).isEqualTo("新庄村");
			assertThat(e.type()).isEqualTo(EntityType.VILLAGE);
		});
	}

	@Test
	void leavesTheAuthorOfACitedDocumentOut() {
		DocumentExtraction d = this.extractor.extract("t.txt", "根据《南通市人民政府关于加强协作的意见》，南通市教育局开展工作。");
		assertThat(d.entities()).extracting(ExtractedEntity::name)
			.contains("南通市教育局")
			.doesNotContain("南通市人民政府");
	}

	@Test
	void makesAFirmsNameWithoutItsPlaceAnAlias() {
		DocumentExtraction d = this.extractor.extract("t.txt", "无锡市推动合作。无锡宏钜铝业开工建设。目前宏钜铝业已扩产。");
		assertThat(d.entities()).filteredOn((e) -> e.name().endsWith("宏钜铝业"))
			.extracting(ExtractedEntity::name, ExtractedEntity::aliases)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("无锡宏钜铝业", List.of("宏钜铝业")));
	}

	@Test
	void readsADocumentWrittenInTraditionalCharacters() {
		DocumentExtraction d = this.extractor.extract("t", "蘇州市與銅仁市簽訂結對幫扶協議，雙方將在碧江區共建產業園。");
		assertThat(d.entities()).extracting(ExtractedEntity::name).contains("苏州市", "铜仁市", "碧江区");
		assertThat(d.relations()).extracting(ExtractedRelation::type).contains(RelationType.PAIRS_WITH);
	}

	@Test
	void readsNamesAcrossPinyinGlossesWithEvidenceInTheWrittenText() {
		String text = "甘谷縣與鎮(zhèn)江市簽訂結對幫扶協(xié)議，雙方共建甘谷—鎮(zhèn)江協(xié)作產業(yè)園。";
		DocumentExtraction d = this.extractor.extract("t", text);
		assertThat(d.entities()).extracting(ExtractedEntity::name).contains("镇江市", "甘谷—镇江协作产业园");
		assertThat(d.relations()).anySatisfy((ExtractedRelation r) -> {
			assertThat(r.type()).isEqualTo(RelationType.PAIRS_WITH);
			assertThat(text.substring(r.evidence().start(), r.evidence().end())).contains("結對幫扶協(xié)議");
		});
	}

}
