package org.coopgraph.extract.time;

import org.coopgraph.extract.SharedExtractor;
import org.coopgraph.extract.model.DocumentExtraction;
import org.coopgraph.extract.model.Evidence;
import org.coopgraph.extract.model.ExtractedRelation;
import org.coopgraph.extract.model.RelationType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StatedYearTests {

	@Test
	void readsTheYearItsSentenceStates() {
		assertThat(StatedYear.in("2022年以来，甲市累计向乙县拨付帮扶资金3000万元")).isEqualTo(2022);
		assertThat(StatedYear.in("截至2023年底，甲市向乙县拨付资金")).isEqualTo(2023);
		assertThat(StatedYear.in("甲市向乙县拨付资金，到2025年建成园区")).isNull();
		assertThat(StatedYear.in("甲市向乙县拨付资金")).isNull();
	}

	@Test
	void readsTheWholeSentenceAroundTheEvidence() {
		String text = "概况。2023年，甲市向乙县拨付资金500万元。";
		int at = text.indexOf("甲市");
		assertThat(StatedYear.of(new Evidence("甲市向乙县拨付资金500万元", at, at + 15), text)).isEqualTo(2023);
	}

	@Test
	void datesTheRelationsOfAnExtractionByTheirSentences() {
		DocumentExtraction d = SharedExtractor.INSTANCE.extract("years.txt",
				"无锡市与连云港市南北结对帮扶合作。\n2022年以来，无锡市累计向连云港市拨付帮扶资金3000万元。");
		assertThat(d.relations()).filteredOn((r) -> r.type() == RelationType.FUNDS)
			.extracting(ExtractedRelation::year)
			.containsOnly(2022);
		assertThat(d.relations()).filteredOn((r) -> r.type() == RelationType.PAIRS_WITH)
			.extracting(ExtractedRelation::year)
			.containsOnlyNulls();
	}

}
