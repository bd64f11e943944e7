package org.coopgraph.extract.stage;

import java.util.List;

import org.coopgraph.extract.Extraction;
import org.coopgraph.extract.Mention;
import org.coopgraph.extract.SharedExtractor;
import org.coopgraph.extract.model.EntityType;
import org.coopgraph.extract.model.ExtractedEntity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EntityResolutionStageTests {

	private static final EntityResolutionStage STAGE = new EntityResolutionStage(StageFixtures.NAMER,
			StageFixtures.GAZETTEER.provinceNames());

	private static Mention park(String text, String name) {
		return named(text, name, EntityType.PARK);
	}

	@Test
	void takesNoNameEndingGuessFromTheWordsOfALongerTitle() {
		String text = "甲园的做法写入《丙丁开发区发展报告》，专刊《乙戊产业园》同时推介。";
		Extraction in = StageFixtures.CONTEXT_STAGE.apply(StageFixtures.GAZETTEER_STAGE.apply(Extraction.start("t", text)));
		List<Mention> guesses = List.of(park(text, "丙丁开发区"), park(text, "乙戊产业园"));
		Extraction out = STAGE.apply(in.withMentions(guesses));
		assertThat(out.entities()).extracting(ExtractedEntity::name).contains("乙戊产业园").doesNotContain("丙丁开发区");
	}

	private static Mention named(String text, String name, EntityType type) {
		int at = text.indexOf(name);
		return new Mention(name, at, at + name.length(), type, name, null, HanlpCandidateStage.SOURCE);
	}

	@Test
	void aFirmWithoutItsLegalFormAndAZoneWithoutItsRankAreAliasesOfTheirFullNames() {
		String text = "甲乙科技股份有限公司入驻丙丁国家高新区。甲乙科技在丙丁高新区建成新厂。";
		Extraction in = StageFixtures.CONTEXT_STAGE.apply(StageFixtures.GAZETTEER_STAGE.apply(Extraction.start("t", text)));
		List<Mention> guesses = List.of(named(text, "甲乙科技股份有限公司", EntityType.ENTERPRISE),
				named(text, "丙丁国家高新区", EntityType.PARK), named(text, "甲乙科技", EntityType.ENTERPRISE),
				named(text, "丙丁高新区", EntityType.PARK));
		Extraction out = STAGE.apply(in.withMentions(guesses));
		assertThat(out.entities()).extracting(ExtractedEntity::name)
			.containsExactlyInAnyOrder("甲乙科技股份有限公司", "丙丁国家高新区");
		assertThat(out.entities()).filteredOn((e) -> e.name().equals("丙丁国家高新区"))
			.singleElement()
			.satisfies((e) -> assertThat(e.aliases()).contains("丙丁高新区"));
	}

	@Test
	void makesAParkWrittenWithoutItsPlaceAnAliasOfTheOneFullNameEndingSo() {
		List<ExtractedEntity> entities = SharedExtractor.INSTANCE.extract("t", "绍兴滨海新区与衢州市开化县签订协议。根据协议，滨海新区与开化县将合作共建产业园。")
			.entities();
		assertThat(entities).filteredOn((e) -> e.type() == EntityType.PARK)
			.singleElement()
			.satisfies((e) -> assertThat(e.aliases()).contains("滨海新区"));
	}

}
