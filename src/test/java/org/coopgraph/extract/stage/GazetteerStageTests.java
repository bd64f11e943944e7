package org.coopgraph.extract.stage;

import java.util.List;

import org.coopgraph.extract.Extraction;
import org.coopgraph.extract.Mention;
import org.coopgraph.extract.model.EntityType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GazetteerStageTests {

	private static List<Mention> places(String text) {
		return StageFixtures.GAZETTEER_STAGE.apply(Extraction.start("t", text)).places();
	}

	@Test
	void readsBareCountyNamesOnlyWhenTheirCityIsInTheText() {
		assertThat(places("苏州市推动常熟与泗洪合作。")).extracting(Mention::canonical).containsExactly("苏州市", "常熟市");
		assertThat(places("推动常熟与泗洪合作。")).isEmpty();
	}

	@Test
	void givesBarePlacesTheirSuffixAsCanonicalName() {
		assertThat(places("江苏省内，无锡与连云港结对。")).extracting(Mention::surface, Mention::canonical)
			.contains(org.assertj.core.groups.Tuple.tuple("无锡", "无锡市"), org.assertj.core.groups.Tuple.tuple("连云港", "连云港市"));
	}

	@Test
	void doesNotMistakeCountyLevelWordsForACounty() {
		assertThat(places("提高县级医院服务能力。")).isEmpty();
	}

	@Test
	void spreadsAVillageSuffixOverItsList() {
		assertThat(places("镇政府及桃园、新庄、西陈村开展活动。")).extracting(Mention::canonical)
			.contains("桃园村", "新庄村", "西陈村");
	}

	@Test
	void readsABareProvinceAsNoPlace() {
		// 河北 is a province here, not 天津's 河北区; 天津 stays a city (a municipality is both).
		assertThat(places("天津与河北两省市签署合作协议。")).extracting(Mention::canonical).containsExactly("天津市");
	}

	@Test
	void keepsACountyWrittenWithItsFormerSuffix() {
		assertThat(places("承德市平泉县、隆化县。")).extracting(Mention::surface, Mention::canonical)
			.contains(org.assertj.core.groups.Tuple.tuple("平泉县", "平泉市"),
					org.assertj.core.groups.Tuple.tuple("隆化县", "隆化县"));
	}

	@Test
	void readsTheShortFormsOfAutonomousAreas() {
		assertThat(places("甲市代表团赴恩施州考察，又与峨边县签订协议。")).extracting(Mention::surface, Mention::canonical)
			.contains(org.assertj.core.groups.Tuple.tuple("恩施州", "恩施土家族苗族自治州"),
					org.assertj.core.groups.Tuple.tuple("峨边县", "峨边彝族自治县"));
		assertThat(places("四川省内，阿坝与凉山两地交流。")).extracting(Mention::canonical)
			.contains("阿坝藏族羌族自治州", "凉山彝族自治州");
	}

	@Test
	void readsTheGroupsOfTownsOfACityWithoutCountiesAsCounties() {
		assertThat(places("东莞市松山湖组团与韶关市乳源县结对。")).extracting(Mention::canonical, Mention::type)
			.contains(org.assertj.core.groups.Tuple.tuple("松山湖组团", EntityType.COUNTY));
		// A city with counties has no such areas: 组团 there is a delegation (领导组团参加).
		assertThat(places("无锡市领导组团参加活动。")).extracting(Mention::canonical).containsExactly("无锡市");
	}

	@Test
	void readsBareCountyNamesListedNextToACountyOfTheSameProvince() {
		assertThat(places("昆明市将在安宁、禄丰、大姚等地建设产业园区。")).extracting(Mention::canonical)
			.containsExactly("昆明市", "安宁市", "禄丰市", "大姚县");
		// A bare name of another province's county is no member of this list of places.
		assertThat(places("昆明市将在安宁、泗洪等地建设产业园区。")).extracting(Mention::canonical)
			.containsExactly("昆明市", "安宁市");
	}

	@Test
	void readsTheShortFormsOfAutonomousAreasWhoseNameWritesTheGroupWithoutZu() {
		assertThat(places("甲省代表团赴伊犁州考察，又到察布查尔县调研。")).extracting(Mention::surface, Mention::canonical)
			.contains(org.assertj.core.groups.Tuple.tuple("伊犁州", "伊犁哈萨克自治州"),
					org.assertj.core.groups.Tuple.tuple("察布查尔县", "察布查尔锡伯自治县"));
	}

	@Test
	void doesNotTakeADevelopmentZoneForATown() {
		assertThat(places("苏州市吴中区的开发区入选全国开发区名录。")).extracting(Mention::type)
			.containsOnly(EntityType.CITY, EntityType.COUNTY);
	}

	@Test
	void readsDistantPartnersByTheirBareNamesInAPairingSentence() {
		// Neither city is in focus: the pairing sentence and the joiner make the bare names places.
		assertThat(places("海宁与松潘正式结对帮扶。")).extracting(Mention::canonical).containsExactly("海宁市", "松潘县");
		assertThat(places("大连帮扶贵州六盘水。")).extracting(Mention::canonical).contains("大连市", "六盘水市");
		// No pairing stated: bare names out of focus stay words.
		assertThat(places("海宁与松潘的客商来访。")).isEmpty();
		// 合作 is also a county-level city, but mostly an ordinary word.
		assertThat(places("深化合作与交流，推进结对帮扶。")).isEmpty();
	}

	@Test
	void doesNotReadAPlaceThatBeginsInsideAnotherWord() {
		// 示范县 holds 范县 (in 濮阳市, which is in focus here); 确定安吉县 holds the bare name of 定安县.
		assertThat(places("濮阳市创建示范县。")).extracting(Mention::canonical).containsExactly("濮阳市");
		assertThat(places("确定安吉县为试点。")).extracting(Mention::canonical).containsExactly("安吉县");
		// A chain is no word: 汉中市镇巴县 holds 市镇, yet 镇巴县 is the next link.
		assertThat(places("汉中市镇巴县。")).extracting(Mention::canonical).containsExactly("汉中市", "镇巴县");
	}

	@Test
	void doesNotTakeInTheVillageForAVillage() {
		// 村里 and 村内 say "in the village"; the words before them name no village.
		assertThat(places("他们修路架桥、带领村里发展、组织村内培训。")).isEmpty();
		assertThat(places("镇政府及桃园、西陈村里开展活动。")).extracting(Mention::canonical).doesNotContain("西陈村");
	}

	@Test
	void readsNoPlaceFromTheDatelineOfANewsItem() {
		assertThat(places("甲乙两地手拉手\n新华网西安9月29日电（记者 张三）江苏省东台市帮扶铜川市耀州区。\n"))
			.extracting(Mention::canonical)
			.doesNotContain("西安市")
			.contains("东台市", "耀州区");
		assertThat(places("本报淮安讯 南京市与淮安市签订协议。")).extracting(Mention::canonical).containsExactly("南京市", "淮安市");
	}

	@Test
	void readsNoCityFromTheNameOfABayAfterIt() {
		assertThat(places("宁波市与丽水市合作，飞地项目落户杭州湾。")).extracting(Mention::canonical).containsExactly("宁波市", "丽水市");
	}

	@Test
	void readsADistrictNamedWithACommonNounOnlyWithItsCity() {
		assertThat(places("汉中市洋县推进新城区建设和老城区改造。")).extracting(Mention::canonical).containsExactly("汉中市", "洋县");
		assertThat(places("西安市新城区与汉中市洋县结对。")).extracting(Mention::canonical).contains("新城区", "洋县");
	}

}
