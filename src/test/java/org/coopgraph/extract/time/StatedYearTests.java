package org.coopgraph.extract.time;

import java.util.List;

import org.coopgraph.extract.SharedExtractor;
import org.coopgraph.extract.model.DocumentExtraction;
import org.coopgraph.extract.model.Evidence;
import org.coopgraph.extract.model.ExtractedRelation;
import org.coopgraph.extract.model.RelationType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StatedYearTests {

	/** The year of a fact between 甲市 and 乙县 stated in {@code sentence}, the evidence being the whole sentence. */
	private static Integer year(String sentence) {
		return year(sentence, "甲市", "乙县");
	}

	private static Integer year(String sentence, String from, String to) {
		return StatedYear.reading(sentence).of(new Evidence(sentence, 0, sentence.length()), List.of(from), List.of(to));
	}

	@Test
	void aYearInTheFactsClauseDatesIt() {
		assertThat(year("甲市2023年向乙县拨付帮扶资金500万元")).isEqualTo(2023);
		assertThat(year("截至2023年底，甲市累计向乙县拨付资金")).isEqualTo(2023);
		assertThat(year("甲市截至2023年底累计向乙县拨付资金")).isEqualTo(2023);
		assertThat(year("甲市向乙县拨付资金")).isNull();
	}

	@Test
	void aYearInAnotherClauseOfTheSentenceDoesNot() {
		assertThat(year("乙县于2019年脱贫摘帽，甲市向乙县拨付资金500万元")).isNull();
		assertThat(year("甲市向乙县拨付资金500万元，丙园区2021年投产")).isNull();
	}

	@Test
	void aTimeOnlyClauseOpeningTheSentenceDatesTheClausesAfterItUntilTheTimeMovesOn() {
		assertThat(year("2017年9月，甲市和乙县签订协作框架协议")).isEqualTo(2017);
		assertThat(year("2022年，经过走访调研，甲市向乙县投入资金140万元")).isEqualTo(2022);
		assertThat(year("2006年，丙园区开工建设，随后甲市与乙县共建丁园区", "甲市", "丁园区")).isNull();
		assertThat(year("2006年，丙园区开工建设，目前甲市向乙县投入资金")).isNull();
		assertThat(year("2006年，丙园区开工建设，2010年甲市向乙县投入资金")).isEqualTo(2010);
	}

	@Test
	void aSinceRangeDatesTheFactByItsDocument() {
		assertThat(year("2022年以来，甲市累计向乙县拨付帮扶资金3000万元")).isNull();
		assertThat(year("甲市2022年以来累计向乙县拨付帮扶资金3000万元")).isNull();
		assertThat(year("自2006年两地结对以来，甲市累计向乙县投入资金")).isNull();
		assertThat(year("甲市自2006年结对以来累计向乙县投入资金")).isNull();
	}

	@Test
	void aClosedRangeDatesTheFactByItsEnd() {
		assertThat(year("甲市2021年至2023年累计向乙县投入资金2亿元")).isEqualTo(2023);
		assertThat(year("甲市2021—2023年累计向乙县投入资金2亿元")).isEqualTo(2023);
	}

	@Test
	void targetsDateNothing() {
		assertThat(year("甲市向乙县拨付资金，到2025年建成园区")).isNull();
		assertThat(year("甲市力争2025年向乙县转移就业1000人")).isNull();
		assertThat(year("甲市2025年底前向乙县派驻干部")).isNull();
		assertThat(year("甲市2023年前三季度向乙县拨付资金")).isEqualTo(2023);
	}

	@Test
	void yearsOfNamesTitlesAndOtherYearsWorkDateNothing() {
		assertThat(year("甲市与乙县印发《甲市乙县2021年度协作工作方案》")).isNull();
		assertThat(year("甲市向乙县颁发“2022年优秀协作项目”称号")).isNull();
		assertThat(year("甲市配合乙县开展2022年度帮扶项目审计")).isNull();
		assertThat(year("2023年度，甲市向乙县拨付资金")).isEqualTo(2023);
	}

	@Test
	void birthAndFoundingYearsDateNothing() {
		assertThat(year("成立于2006年的丙园区由甲市与乙县共建", "甲市", "丙园区")).isNull();
		assertThat(year("丙园区2006年成立，由甲市与乙县共建", "甲市", "丙园区")).isNull();
		assertThat(year("甲市干部张三（1975年出生）挂职乙县副县长")).isNull();
	}

	@Test
	void readsTheClausesAroundTheEvidenceInTheWholeText() {
		String text = "概况。2023年，甲市向乙县拨付资金500万元。";
		int at = text.indexOf("甲市");
		assertThat(StatedYear.reading(text)
			.of(new Evidence("甲市向乙县拨付资金500万元", at, at + 15), List.of("甲市"), List.of("乙县")))
			.isEqualTo(2023);
	}

	@Test
	void datesTheRelationsOfAnExtractionByTheirClauses() {
		DocumentExtraction d = SharedExtractor.INSTANCE.extract("years.txt",
				"无锡市与连云港市南北结对帮扶合作。\n2023年，无锡市向连云港市拨付帮扶资金3000万元。");
		assertThat(d.relations()).filteredOn((r) -> r.type() == RelationType.FUNDS)
			.extracting(ExtractedRelation::year)
			.containsOnly(2023);
		assertThat(d.relations()).filteredOn((r) -> r.type() == RelationType.PAIRS_WITH)
			.extracting(ExtractedRelation::year)
			.containsOnlyNulls();
	}

}
