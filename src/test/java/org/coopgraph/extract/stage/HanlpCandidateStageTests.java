package org.coopgraph.extract.stage;

import java.util.List;

import org.coopgraph.extract.Extraction;
import org.coopgraph.extract.Mention;
import org.coopgraph.extract.model.EntityType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class HanlpCandidateStageTests {

	private static List<Mention> candidates(String text) {
		Extraction e = StageFixtures.GAZETTEER_STAGE.apply(Extraction.start("t", text));
		return StageFixtures.HANLP_STAGE.apply(e).mentions();
	}

	@Test
	void startsANameAfterTheVerbBeforeIt() {
		assertThat(candidates("江苏省加快推进徐州宿迁工业园区建设。")).extracting(Mention::canonical, Mention::type)
			.contains(org.assertj.core.groups.Tuple.tuple("徐州宿迁工业园区", EntityType.PARK));
	}

	@Test
	void keepsQuotedNamesWhole() {
		assertThat(candidates("“远航号”试验船完成首航。")).extracting(Mention::canonical).contains("远航号试验船");
	}

	@Test
	void ignoresGenericPhrases() {
		assertThat(candidates("鼓励各地建设一批特色产业园区和重点项目。")).isEmpty();
	}

	@Test
	void readsProjectsFromAListEndingInProjects() {
		assertThat(candidates("加快推进海上风电基地、沿海铁路扩建等重点项目。")).extracting(Mention::canonical)
			.contains("海上风电基地", "沿海铁路扩建");
	}

	@Test
	void readsAProjectWithACapacityOrAPhaseAfterAVerb() {
		assertThat(candidates("开工建设 20 万吨级散货码头、滨江码头二期工程。")).extracting(Mention::canonical)
			.contains("20万吨级散货码头", "滨江码头二期工程");
	}

	@Test
	void needsMoreThanAVerbBeforeACommonProjectName() {
		assertThat(candidates("开工建设散货码头工程。")).isEmpty();
	}

	@Test
	void keepsNumberedUnitsAndQuotedWordsInAListedProject() {
		assertThat(candidates("12 加快东山风电 3、4 号机组和“数字丝路”物流中心等项目建设。")).extracting(Mention::canonical)
			.contains("东山风电3、4号机组", "数字丝路物流中心")
			.doesNotContain("号机组");
	}

	@Test
	void ignoresAGradeOfHospital() {
		assertThat(candidates("全省新建三甲医院和方舱医院，省属三级甲等医院参与。")).isEmpty();
	}

	@Test
	void readsTheItemAfterAParkInAListAsOneOfTheSameKind() {
		assertThat(candidates("两地还共建徐州宿迁工业园区和汇达精工产业共建基地。")).extracting(Mention::canonical)
			.contains("徐州宿迁工业园区", "汇达精工产业共建基地");
	}

	@Test
	void takesTheVerbAsTheLeftEdgeOfAParkOrInstitutionWithWordsOfItsOwn() {
		assertThat(candidates("高质量建设东岭医学科学中心，深入推进海港电商综试区建设。")).extracting(Mention::canonical)
			.contains("东岭医学科学中心", "海港电商综试区");
	}

	@Test
	void leavesDescribedKindsAfterAVerb() {
		assertThat(candidates("全年建设社区综合服务中心，建设电商产业园区。")).isEmpty();
	}

	@Test
	void opensAFirmsNameAtThePlaceBeforeItsRareTradeName() {
		assertThat(candidates("浙江宏钜铝业曾经亏损。已在南通启渡船厂出坞下水。")).extracting(Mention::canonical)
			.contains("浙江宏钜铝业", "南通启渡船厂");
	}

	@Test
	void takesAnInstitutionsBranchInAPlaceIntoItsName() {
		assertThat(candidates("推进钟山实验室南京分中心建设。")).extracting(Mention::canonical)
			.contains("钟山实验室南京分中心")
			.doesNotContain("钟山实验室");
	}

	@Test
	void readsAParkOwnedByAPlaceFromThePossessive() {
		assertThat(candidates("以我市的东方药港为载体。")).extracting(Mention::canonical).contains("东方药港");
	}

	@Test
	void keepsOnlyTheFirmWhenItIsNamedAfterAPark() {
		assertThat(candidates("来自浙江宏钜工业园投资发展有限公司的代表。")).extracting(Mention::canonical)
			.containsExactly("浙江宏钜工业园投资发展有限公司");
	}

	@Test
	void needsTwoWordsOfItsOwnBeforeASpecificParkEndingAndMoreBeforeAGenericOne() {
		assertThat(candidates("推动滨江创新区与老城片区融合，建设化工园区。")).extracting(Mention::canonical)
			.contains("滨江创新区")
			.doesNotContain("化工园区");
	}

	@Test
	void readsResearchInstitutesKnownByNumber() {
		assertThat(candidates("与中电 518所、钟山实验室达成合作，623所在宁开展业务，新建 120所学校。")).extracting(Mention::canonical)
			.contains("中电518所", "623所")
			.doesNotContain("120所");
	}

	@Test
	void readsListItemsThatShareAnEnding() {
		assertThat(candidates("实施东岭大道、西湖大道等快速化改造。")).extracting(Mention::canonical)
			.contains("东岭大道", "西湖大道");
	}

	@Test
	void readsAPhaseOfAProjectAfterAVerb() {
		assertThat(candidates("启动东岭港三期前期工作。")).extracting(Mention::canonical).contains("东岭港三期");
	}

	@Test
	void leavesATitleAPlaceCompetesFor() {
		assertThat(candidates("南通市创建国家生态文明示范区。")).extracting(Mention::canonical)
			.doesNotContain("国家生态文明示范区", "生态文明示范区");
	}

	@Test
	void leavesAParkDescribedByAKindOfPlaceButKeepsADesignatedOne() {
		assertThat(candidates("借鉴南通市特色功能园区经验，推进海门现代农业示范园区建设。")).extracting(Mention::canonical)
			.doesNotContain("南通市特色功能园区")
			.contains("海门现代农业示范园区");
	}

	@Test
	void doesNotTakeAPhaseAloneForAProject() {
		assertThat(candidates("该园区建成后将启动一期工程。")).extracting(Mention::canonical).doesNotContain("一期工程");
	}

	@Test
	void opensAJointNameWithTheTwoPlacesItsDashJoins() {
		Mention park = candidates("泉州市与三明市推进泉州市—三明市山海协作生态产业园建设。").get(0);
		assertThat(park.canonical()).isEqualTo("泉州市—三明市山海协作生态产业园");
		assertThat(park.type()).isEqualTo(EntityType.PARK);
	}

	@Test
	void opensAJointNameWithTheTwoPlacesAMiddleDotJoins() {
		assertThat(candidates("苏州市与宿迁市结对帮扶。两市共建的苏州·宿迁工业园区加快建设，苏州•宿迁产业园同步推进。")).extracting(Mention::canonical)
			.contains("苏州·宿迁工业园区", "苏州•宿迁产业园")
			.doesNotContain("宿迁工业园区", "宿迁产业园");
	}

	@Test
	void takesNoProjectFromAParkAndProgrammeWords() {
		assertThat(candidates("苏州市与宿迁市结对帮扶。苏州-宿迁共建产业园重点项目集中开工。")).extracting(Mention::canonical)
			.contains("苏州-宿迁共建产业园")
			.doesNotContain("苏州-宿迁共建产业园重点项目");
	}

	@Test
	void readsABodyNamedAfterAZoneAndAZoneBranchInAPlace() {
		assertThat(candidates("池州经济开发区管委会与合肥经开区总工会座谈。")).extracting(Mention::canonical, Mention::type)
			.contains(org.assertj.core.groups.Tuple.tuple("池州经济开发区管委会", EntityType.DEPARTMENT),
					org.assertj.core.groups.Tuple.tuple("合肥经开区总工会", EntityType.DEPARTMENT),
					org.assertj.core.groups.Tuple.tuple("池州经济开发区", EntityType.PARK));
		assertThat(candidates("推进中国自由贸易试验区大连片区建设。")).extracting(Mention::canonical)
			.contains("中国（辽宁）自由贸易试验区大连片区");
	}

	@Test
	void takesAnIndustryParkOpeningWithAnotherZonesNameForAProjectInIt() {
		List<Mention> found = candidates("推进泉州三明工业园区建设，泉州三明新能源产业园开工，建设松溪生态产业园。");
		assertThat(found).filteredOn((m) -> m.type() == EntityType.PROJECT).extracting(Mention::canonical)
			.containsExactly("泉州三明新能源产业园");
		// With no zone of its own to lie in, an industry park is a park.
		assertThat(found).filteredOn((m) -> m.type() == EntityType.PARK).extracting(Mention::canonical)
			.contains("泉州三明工业园区", "松溪生态产业园");
	}

	@Test
	void ignoresCountedInstitutionsAndProjects() {
		assertThat(candidates("滨海市10家医院与东岭县人民医院结对，一家通用航空公司落户，东岭开发区首个飞地项目开工。"))
			.extracting(Mention::canonical)
			.noneMatch((name) -> name.contains("10家") || name.contains("一家") || name.contains("首个"));
	}

	@Test
	void ignoresProjectsNamedOnlyByTheirProgramme() {
		assertThat(candidates("全年实施援藏项目，完成南北结对帮扶项目。")).isEmpty();
	}

	@Test
	void ignoresFieldsListedBeforeProjects() {
		assertThat(candidates("援建民政、教育、卫生及扶贫开发等方面项目。")).isEmpty();
	}

	@Test
	void writesANameOwnedByTheDocumentsCityWithoutThePossessive() {
		Extraction e = StageFixtures.CONTEXT_STAGE.apply(StageFixtures.GAZETTEER_STAGE
			.apply(Extraction.start("t", "南通市对口协作工作要点\n洋县向我市张氏刑侦技术博物馆捐赠标本。")));
		assertThat(StageFixtures.HANLP_STAGE.apply(e).mentions()).extracting(Mention::surface)
			.contains("张氏刑侦技术博物馆")
			.noneMatch((surface) -> surface.startsWith("我"));
	}

	@Test
	void namesAnInstitutionInACityOrCountyWithoutItsProvince() {
		assertThat(candidates("专家为甘肃省临夏回族自治州人民医院和广西三江侗族自治县扶贫协作产业园提供帮助。"))
			.extracting(Mention::canonical)
			.contains("临夏回族自治州人民医院", "三江侗族自治县扶贫协作产业园");
	}

	@Test
	void keepsTheHometownOfAChamberSittingElsewhere() {
		assertThat(candidates("充分发挥泰兴市在沪农产品商会优势资源。")).extracting(Mention::canonical)
			.contains("泰兴市在沪农产品商会")
			.doesNotContain("沪农产品商会");
	}

	@Test
	void readsParksListedAsProjectsAsProjects() {
		assertThat(candidates("推进华锦新材料产业园、东辰化工搬迁等项目。")).extracting(Mention::canonical, Mention::type)
			.contains(org.assertj.core.groups.Tuple.tuple("华锦新材料产业园", EntityType.PROJECT));
	}

	@Test
	void readsALogisticsParkAsAProject() {
		assertThat(candidates("加快建设湖滨物流园、港口物流园。")).extracting(Mention::canonical, Mention::type)
			.contains(org.assertj.core.groups.Tuple.tuple("湖滨物流园", EntityType.PROJECT));
	}

	@Test
	void namesAParkOpeningWithAChainOfPlacesFromTheInnermostPlace() {
		assertThat(candidates("走进江苏省扬州市江都区丁沟镇食品产业园，车间一片繁忙。")).extracting(Mention::canonical, Mention::surface)
			.contains(org.assertj.core.groups.Tuple.tuple("丁沟镇食品产业园", "江苏省扬州市江都区丁沟镇食品产业园"));
		// Two places side by side, neither inside the other, both name the park.
		assertThat(candidates("推进扬州泰州工业园区建设。")).extracting(Mention::canonical).contains("扬州泰州工业园区");
		// A city and its own district written bare are the two builders, not a chain.
		assertThat(candidates("推进扬州江都工业园区建设。")).extracting(Mention::canonical).contains("扬州江都工业园区");
	}

	@Test
	void readsABareZoneInACitysDocumentAsThatCitysAndADesignatedZoneByItsDesignation() {
		Extraction e = StageFixtures.GAZETTEER_STAGE.apply(Extraction.start("t",
				"扬州市人民政府办公室\n\n促进综保区高质量发展，加快石化产业基地建设。推进国家运河文化传承示范区建设，推动国家印发新一轮合作示范区方案。市高新区管委会牵头。"));
		List<Mention> found = StageFixtures.HANLP_STAGE.apply(StageFixtures.CONTEXT_STAGE.apply(e)).mentions();
		assertThat(found).extracting(Mention::canonical, Mention::type)
			.contains(org.assertj.core.groups.Tuple.tuple("扬州综保区", EntityType.PARK),
					org.assertj.core.groups.Tuple.tuple("扬州石化产业基地", EntityType.PARK),
					org.assertj.core.groups.Tuple.tuple("国家运河文化传承示范区", EntityType.PARK));
		assertThat(found).extracting(Mention::canonical)
			.noneMatch((n) -> n.startsWith("国家印发") || n.equals("扬州高新区"));
	}

	@Test
	void leavesABareZoneAloneWithoutAHomeCity() {
		assertThat(candidates("促进综保区高质量发展。")).extracting(Mention::canonical).doesNotContain("综保区");
	}

	@Test
	void readsATwoCharacterListItemThatSharesTheEndingOfTheItemBefore() {
		assertThat(candidates("实施青山大道、湖城大道等快速化改造。")).extracting(Mention::canonical)
			.contains("青山大道", "湖城大道");
	}

	@Test
	void readsInspectionAndProtectionCentresAsInstitutions() {
		assertThat(candidates("建设扬州市水产品质量监督检验中心。")).extracting(Mention::canonical, Mention::type)
			.contains(org.assertj.core.groups.Tuple.tuple("扬州市水产品质量监督检验中心", EntityType.ORGANIZATION));
	}

	@Test
	void leavesAnInstitutionNamedOnlyInAPersonsTitleAlone() {
		assertThat(candidates("张三 东岭师范大学乡村发展研究院常务副院长、二级教授；李四 西河县中等职业技术学校校长。"))
			.extracting(Mention::canonical)
			.noneMatch((n) -> n.contains("东岭师范大学") || n.contains("职业技术学校"));
		assertThat(candidates("东岭师范大学与西河县共建实训基地。")).extracting(Mention::canonical).contains("东岭师范大学");
	}

	@Test
	void takesNoNameFromACountOfInstitutionsOrProjects() {
		List<Mention> found = candidates("新建学校214所，在当地注册的东岭籍商会3家；援建墨脱县的12个援藏项目全部开工。");
		assertThat(found).extracting(Mention::canonical)
			.noneMatch((n) -> n.contains("214所") || n.endsWith("商会") || n.endsWith("援藏项目"));
	}

	@Test
	void readsNoProjectFromSectorsListedBeforeProjects() {
		assertThat(candidates("资金用于支持墨脱优势特色产业、教育卫生文化等项目，用于保障援藏项目清单。")).isEmpty();
	}

	@Test
	void readsFacilitiesAsProjectsAndAnIndustryFundAsAFirm() {
		List<Mention> found = candidates("援建项目为墨脱县公共文化中心、墨脱县客运枢纽站，由墨脱县雪莲产业基金出资。");
		assertThat(found).extracting(Mention::canonical, Mention::type)
			.contains(org.assertj.core.groups.Tuple.tuple("墨脱县公共文化中心", EntityType.PROJECT),
					org.assertj.core.groups.Tuple.tuple("墨脱县客运枢纽站", EntityType.PROJECT),
					org.assertj.core.groups.Tuple.tuple("墨脱县雪莲产业基金", EntityType.ENTERPRISE));
	}


	@Test
	void readsSpecialCooperationZonesAndCooperationExpansionZones() {
		assertThat(candidates("广州市与梅州市开展对口帮扶。广梅特别合作区加快建设，两市立足广梅合作拓展区谋划项目。"))
			.extracting(Mention::canonical, Mention::type)
			.contains(tuple("广梅特别合作区", EntityType.PARK), tuple("广梅合作拓展区", EntityType.PARK));
	}

	@Test
	void readsAZoneNamedByTwoProperNounPiecesBeforeAnEndingOfItsOwnKind() {
		assertThat(candidates("签约仪式上，博鳌乐城先行区与甲市签订合作协议。")).extracting(Mention::canonical, Mention::type)
			.contains(tuple("博鳌乐城先行区", EntityType.PARK));
	}

	@Test
	void readsNoParkNamedOnlyByTheKindOfEconomyOrManagementItServes() {
		assertThat(candidates("双方将打造新经济产业园区，实施标准化园区管理体系。")).extracting(Mention::canonical)
			.doesNotContain("新经济产业园区", "标准化园区");
	}

	@Test
	void namesAFreeTradeAreaInItsOfficialFormHoweverItIsShortened() {
		assertThat(candidates("舟山市与甲县签约，浙江自贸试验区舟山片区将与甲县开展合作。")).extracting(Mention::surface, Mention::canonical)
			.contains(tuple("浙江自贸试验区舟山片区", "中国（浙江）自由贸易试验区舟山片区"))
			.noneMatch((t) -> t.toList().get(1).equals("舟山自贸试验区"));
		assertThat(candidates("加快自贸试验区连云港片区建设。")).extracting(Mention::canonical, Mention::type)
			.containsExactly(tuple("中国（江苏）自由贸易试验区连云港片区", EntityType.PARK));
		assertThat(candidates("推动中国（浙江）自由贸易试验区宁波片区开放。")).extracting(Mention::canonical)
			.containsExactly("中国（浙江）自由贸易试验区宁波片区");
	}

	@Test
	void readsAFirmWhoseTradeNameHanlpBrokeUpAsTheItemOfAList() {
		assertThat(candidates("考察组先后前往甲县众创城、河兴科技公司、乙纪念馆等地。")).extracting(Mention::canonical, Mention::type)
			.contains(tuple("河兴科技公司", EntityType.ENTERPRISE));
		assertThat(candidates("两地企业、各类科技公司参加签约。")).extracting(Mention::type).doesNotContain(EntityType.ENTERPRISE);
	}

	@Test
	void readsAFirmWhoseForeignTradeNameHanlpReadsPartlyAsAPersonsName() {
		assertThat(candidates("走进产业园，只见广安沃克斯迅达电梯有限公司车间一片火热。")).extracting(Mention::canonical, Mention::type)
			.contains(tuple("广安沃克斯迅达电梯有限公司", EntityType.ENTERPRISE));
	}

	@Test
	void opensAParkNamedByThreeJoinedPlacesWithTheFirst() {
		assertThat(candidates("嘉善县、庆元县、九寨沟县三地协作，嘉善—庆元—九寨沟“飞地”产业园开工。")).extracting(Mention::canonical)
			.contains("嘉善—庆元—九寨沟飞地产业园")
			.doesNotContain("庆元—九寨沟飞地产业园");
	}

}
