package org.coopgraph.extract.relation;

import java.util.List;

import org.coopgraph.extract.document.DocumentExtractor;
import org.coopgraph.extract.SharedExtractor;
import org.coopgraph.extract.model.ExtractedEntity;
import org.coopgraph.extract.model.ExtractedRelation;
import org.coopgraph.extract.model.RelationType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** The relation rules read through the whole pipeline, on short sentences. */
class RelationRulesTests {

	private static final DocumentExtractor EXTRACTOR = SharedExtractor.INSTANCE;

	private static List<ExtractedRelation> relations(String text, RelationType type) {
		return EXTRACTOR.extract("t", text).relations().stream().filter((r) -> r.type() == type).toList();
	}

	/** The PAIRS_WITH relations of {@code text} as (from, to) tuples. */
	private static List<org.assertj.core.groups.Tuple> pairs(String text) {
		return relations(text, RelationType.PAIRS_WITH).stream().map((r) -> tuple(r.from(), r.to())).toList();
	}

	@Test
	void pairsPartnersListedWithAnd() {
		assertThat(pairs("江苏省内，南京与淮安、无锡与连云港分别结对帮扶合作。")).containsExactlyInAnyOrder(
				tuple("南京市", "淮安市"), tuple("无锡市", "连云港市"));
	}

	@Test
	void pairsListsRespectively() {
		assertThat(pairs("如皋市人民政府办公室\n\n东街社区、西街社区分别对口上河村、下河村。")).contains(tuple("东街社区", "上河村"), tuple("西街社区", "下河村"));
	}

	@Test
	void pairsTheInnermostPlaceOfAChainWithEachMemberOfTheList() {
		assertThat(pairs("南京市目前对口帮扶陕西省商洛市商州区、洛南县和丹凤县。")).containsExactlyInAnyOrder(
				tuple("南京市", "商州区"), tuple("南京市", "洛南县"), tuple("南京市", "丹凤县"));
	}

	@Test
	void pairsTwoListsInOrderAcrossAdverbsAndAProvince() {
		assertThat(pairs("上海市黄浦区、徐汇区日前分别与云南省曲靖市麒麟区、沾益区签署协议，建立结对关系。")).containsExactlyInAnyOrder(
				tuple("黄浦区", "麒麟区"), tuple("徐汇区", "沾益区"));
	}

	@Test
	void pairsTheHelperWithEachPlaceOfTheProvincesItHelps() {
		assertThat(pairs("东西部协作中，南京帮扶陕西和青海西宁，徐州帮扶湖北宜昌和贵州遵义、甘肃陇南。"))
			.containsExactlyInAnyOrder(tuple("南京市", "西宁市"), tuple("徐州市", "宜昌市"), tuple("徐州市", "遵义市"),
					tuple("徐州市", "陇南市"));
	}

	@Test
	void pairsTheTwoPlacesListedBeforeAProgrammeName() {
		assertThat(pairs("近年来，泰顺县、瓯海区山海协作不断深化。")).containsExactly(tuple("泰顺县", "瓯海区"));
	}

	@Test
	void pairsTheTwoMembersOfAListWithAProvinceBeforeTheSecond() {
		assertThat(pairs("今年3月，浙江安吉县和四川青川县签订协作框架协议。")).containsExactly(tuple("安吉县", "青川县"));
	}

	@Test
	void pairsAcrossTheVariantCharacterOfAProvince() {
		assertThat(pairs("江苏东台市与陜西省耀州区手拉手奔小康。")).containsExactly(tuple("东台市", "耀州区"));
	}

	@Test
	void aZoneListedBareAfterADistrictIsItsCitysAndPairsAsTheDistrictDoes() {
		String text = "省内区域对口帮扶名单如下。\n\n宝鸡市渭滨区、高新区帮扶汉中市留坝县\n\n铜川市耀州区、航天基地帮扶安康市岚皋县\n";
		assertThat(pairs(text)).containsExactlyInAnyOrder(tuple("渭滨区", "留坝县"), tuple("宝鸡高新区", "留坝县"),
				tuple("耀州区", "岚皋县"), tuple("铜川航天基地", "岚皋县"));
		assertThat(relations(text, RelationType.LOCATED_IN)).extracting(ExtractedRelation::from, ExtractedRelation::to)
			.contains(tuple("宝鸡高新区", "宝鸡市"), tuple("铜川航天基地", "铜川市"));
		assertThat(EXTRACTOR.extract("t", text).entities()).filteredOn((e) -> e.name().equals("铜川航天基地"))
			.singleElement()
			.satisfies((e) -> assertThat(e.aliases()).contains("航天基地"));
	}

	@Test
	void aGenericZoneOrAZonesBodyListedAfterADistrictIsNoZoneOfItsOwn() {
		assertThat(EXTRACTOR.extract("t", "宝鸡市渭滨区、各开发区、高新区管委会帮扶汉中市留坝县。").entities())
			.extracting((e) -> e.name())
			.doesNotContain("宝鸡各开发区", "宝鸡高新区");
	}

	@Test
	void aWorkTeamNamedByTheSendingPlaceAndTheHostStatesTheirPairing() {
		assertThat(pairs("甲县召开东西部协作推进会。县委常委、萧山区赴青川县东西部协作工作组组长张三参加会议。"))
			.containsExactly(tuple("萧山区", "青川县"));
		assertThat(pairs("宁波市对口支援延边工作组召开会议，研究协作事项。"))
			.containsExactly(tuple("宁波市", "延边朝鲜族自治州"));
		// A team named by one place only pairs nobody.
		assertThat(pairs("东西部协作会议召开，青川县前方工作组参加。")).isEmpty();
	}

	@Test
	void everyEndingOfAWorkTeamsNameStatesThePairing() {
		assertThat(pairs("东西部协作会议召开，萧山区驻青川县工作队队长张三参加会议。")).containsExactly(tuple("萧山区", "青川县"));
		assertThat(pairs("东西部协作会议召开，萧山区对口支援青川县前方指挥部参加会议。"))
			.containsExactly(tuple("萧山区", "青川县"));
		assertThat(pairs("东西部协作会议召开，萧山区驻青川县工作站参加会议。")).isEmpty();
	}

	@Test
	void pairsPlacesThatSignAStrategicCooperationAgreement() {
		assertThat(pairs("6月3日，苏州市吴中区与宿迁市泗阳县签署《文旅融合战略合作协议》。")).contains(tuple("吴中区", "泗阳县"));
	}

	@Test
	void anAgreementOfSupplyBetweenCitiesIsNoPairing() {
		assertThat(pairs("上海市与昆明市签订了《冬季蔬菜供应合作协议》。")).isEmpty();
	}

	@Test
	void pairsPlacesThatGoTowardsModerateProsperityHandInHand() {
		assertThat(pairs("江苏省海安市与陕西省汉阴县手拉手奔小康。")).containsExactly(tuple("海安市", "汉阴县"));
	}

	@Test
	void pairsTheSidesOfADashLineInAPairingDocument() {
		assertThat(pairs("结对安排如下：\n\n江苏省常州市——安徽省宣城市；\n\n江苏省镇江市——安徽省池州市。\n")).containsExactlyInAnyOrder(
				tuple("常州市", "宣城市"), tuple("镇江市", "池州市"));
	}

	@Test
	void pairsADistrictWithTheVillagesItSignsWith() {
		assertThat(pairs("杭州市西湖区与丽水市遂昌县妙高街道、王村口镇签订了结对帮扶协议。")).containsExactlyInAnyOrder(
				tuple("西湖区", "妙高街道"), tuple("西湖区", "王村口镇"));
	}

	@Test
	void fundsTheHelpedPartnerWithTheAmountInYuan() {
		assertThat(relations("常州帮扶盐城。江苏省常州市今年安排盐城帮扶资金1.5亿元。", RelationType.FUNDS))
			.extracting(ExtractedRelation::from, ExtractedRelation::to, ExtractedRelation::amountCny)
			.contains(tuple("常州市", "盐城市", 150_000_000L));
	}

	/** The FUNDS relations of {@code text} as (from, to, amount) tuples. */
	private static List<org.assertj.core.groups.Tuple> funds(String text) {
		return relations(text, RelationType.FUNDS).stream().map((r) -> tuple(r.from(), r.to(), r.amountCny())).toList();
	}

	@Test
	void fundsComeFromEachFunderOfTheSubjectToTheMarkedRecipient() {
		assertThat(funds("苏州市及吴江区向铜仁市拨付帮扶资金1200万元。")).containsExactlyInAnyOrder(
				tuple("苏州市", "铜仁市", 12_000_000L), tuple("吴江区", "铜仁市", 12_000_000L));
	}

	@Test
	void fundsOnceForEveryAmount() {
		assertThat(funds("温州市向丽水市拨付帮扶资金3000万元，捐款捐物达500余万元。")).containsExactlyInAnyOrder(
				tuple("温州市", "丽水市", 30_000_000L), tuple("温州市", "丽水市", 5_000_000L));
	}

	@Test
	void fundsAMinimumThatNamesWhoGivesToWhom() {
		assertThat(funds("深圳市对河源市提供每年不少于1亿元的帮扶资金。")).containsExactly(
				tuple("深圳市", "河源市", 100_000_000L));
	}

	@Test
	void fundsEachPartnerSignedWith() {
		assertThat(funds("宁波市海曙区与丽水市松阳县大东坝镇、赤寿乡签订了结对帮扶协议，分别捐赠帮扶资金5万元。"))
			.containsExactlyInAnyOrder(tuple("海曙区", "大东坝镇", 50_000L), tuple("海曙区", "赤寿乡", 50_000L));
	}

	@Test
	void fundsNothingForAProvinceOrMoneySought() {
		assertThat(funds("厦门市累计投入帮扶资金1亿元，援建甘肃一批学校。")).isEmpty();
		assertThat(funds("常州帮扶盐城。盐城市争取上级资金2000万元。")).isEmpty();
	}

	@Test
	void locatesEachPlaceOfAChainAndAListInThePlaceWrittenBeforeIt() {
		assertThat(relations("宁波市海曙区与丽水市松阳县大东坝镇、赤寿乡签订了结对帮扶协议。", RelationType.LOCATED_IN))
			.extracting(ExtractedRelation::from, ExtractedRelation::to)
			.contains(tuple("海曙区", "宁波市"), tuple("松阳县", "丽水市"), tuple("大东坝镇", "松阳县"), tuple("赤寿乡", "松阳县"));
		assertThat(relations("宁波市及余姚、慈溪，市县两级共同推进。", RelationType.LOCATED_IN))
			.extracting(ExtractedRelation::from, ExtractedRelation::to)
			.contains(tuple("余姚市", "宁波市"), tuple("慈溪市", "宁波市"));
	}

	@Test
	void citiesThatBuildParksTogetherBuildTheParksOfTheirCounties() {
		assertThat(relations("江苏省无锡、徐州两市共建园区成效明显，随后启动建设宜兴睢宁工业园区。", RelationType.CO_BUILDS))
			.extracting(ExtractedRelation::from, ExtractedRelation::to)
			.contains(tuple("宜兴市", "宜兴睢宁工业园区"), tuple("睢宁县", "宜兴睢宁工业园区"), tuple("无锡市", "宜兴睢宁工业园区"),
					tuple("徐州市", "宜兴睢宁工业园区"));
		assertThat(relations("江苏省无锡与徐州结对帮扶，随后启动建设宜兴睢宁工业园区。", RelationType.CO_BUILDS))
			.extracting(ExtractedRelation::from)
			.doesNotContain("无锡市", "徐州市");
	}

	@Test
	void locatesAJointParkInThePlaceNamedSecond() {
		List<ExtractedRelation> found = EXTRACTOR.extract("t", "江苏省推动南通市与海门区共建南通海门工业园区。").relations();
		assertThat(found).extracting(ExtractedRelation::type, ExtractedRelation::from, ExtractedRelation::to)
			.contains(tuple(RelationType.CO_BUILDS, "南通市", "南通海门工业园区"),
					tuple(RelationType.CO_BUILDS, "海门区", "南通海门工业园区"),
					tuple(RelationType.LOCATED_IN, "南通海门工业园区", "海门区"));
	}

	@Test
	void fundsTakeAJointInjectionWrittenAcrossALineBreak() {
		assertThat(relations("苏州物流集团与淮安港务公司共同注\n资淮安物流合资公司，推进运营。", RelationType.FUNDS))
			.extracting(ExtractedRelation::from, ExtractedRelation::to)
			.contains(tuple("苏州物流集团", "淮安物流合资公司"), tuple("淮安港务公司", "淮安物流合资公司"));
	}

	@Test
	void fundsComeFromAStrategicInvestor() {
		assertThat(relations("南京港务集团引入苏州物流集团为战略投资者。", RelationType.FUNDS))
			.extracting(ExtractedRelation::from, ExtractedRelation::to)
			.containsExactly(tuple("苏州物流集团", "南京港务集团"));
	}

	@Test
	void fundsAreNotReadFromAQuotaTarget() {
		assertThat(relations("常州帮扶盐城。全年社会帮扶资金不少于30万元。", RelationType.FUNDS)).isEmpty();
	}

	@Test
	void fundsGoFromEachCommunityToItsPairedVillage() {
		String table = "大丰区人民政府办公室\n\n附件\n\n大丰区对口协作重要活动安排\n\n\t镇  区\n\t工作要点\n\t具体内容\n\t拟推进时间\n\n"
				+ "\t草堰镇\n\t结对\n\t东街社区、西街社区分别对口上河村、下河村开展帮扶。\n\t全年\n\n"
				+ "\t\n\t资金\n\t两社区分别给予结对村3万元帮扶资金，用于产业发展。\n\t全年\n";
		assertThat(relations(table, RelationType.FUNDS))
			.extracting(ExtractedRelation::from, ExtractedRelation::to, ExtractedRelation::amountCny)
			.contains(tuple("东街社区", "上河村", 30_000L), tuple("西街社区", "下河村", 30_000L));
	}

	@Test
	void aCitysDocumentPlacesItsCountiesButACountysDocumentOnlyItself() {
		String county = "秦淮区召开结对协作推进会\n\n南京市秦淮区与六合区签订结对协作协议，秦淮区将帮扶六合区发展。\n";
		assertThat(relations(county, RelationType.LOCATED_IN)).extracting(ExtractedRelation::from, ExtractedRelation::to)
			.contains(tuple("秦淮区", "南京市"))
			.doesNotContain(tuple("六合区", "南京市"));
		String city = "南京市召开结对协作推进会\n\n南京市要求秦淮区与六合区签订结对协作协议。\n";
		assertThat(relations(city, RelationType.LOCATED_IN)).extracting(ExtractedRelation::from, ExtractedRelation::to)
			.contains(tuple("秦淮区", "南京市"), tuple("六合区", "南京市"));
	}

	@Test
	void placesAVillageInItsTownOnlyWhenWrittenTogether() {
		assertThat(relations("苏州市吴中区长桥街道龙桥社区开展活动。", RelationType.LOCATED_IN))
			.extracting(ExtractedRelation::from, ExtractedRelation::to)
			.contains(tuple("龙桥社区", "长桥街道"));
		assertThat(relations("苏州市长桥街道组织活动，龙桥社区参加。", RelationType.LOCATED_IN))
			.extracting(ExtractedRelation::from)
			.doesNotContain("龙桥社区");
	}

	@Test
	void locatesTheChainOfPlacesWrittenInsideABodysName() {
		assertThat(relations("甘肃省定西市岷县人民医院今年接收进修医生12名。", RelationType.LOCATED_IN))
			.extracting(ExtractedRelation::from, ExtractedRelation::to)
			.contains(tuple("岷县", "定西市"));
	}

	@Test
	void doesNotLocateARouteInEitherPlaceItJoins() {
		String table = "盐城市人民政府办公室\n\n2024年重点任务推进表\n\n序号 目 标 任 务 \n序   时   进   度 责 任 单 位 \n\n"
				+ "第二季度 第三季度 牵头单位 共同责任单位 \n\n一、综合指标 \n\n"
				+ "1 推进宁淮高速建设。 宁淮高速：完成选线。 市交通局 市财政局 \n\n抄送：市委各部门。\n";
		assertThat(EXTRACTOR.extract("t", table).entities()).extracting(ExtractedEntity::name).contains("宁淮高速");
		assertThat(relations(table, RelationType.LOCATED_IN)).extracting(ExtractedRelation::from)
			.doesNotContain("宁淮高速");
	}

	@Test
	void aCoBuiltBaseIsBuiltByThePlaceItIsNamedAfter() {
		assertThat(relations("南通市推进海门区新材料产业共建基地建设。", RelationType.CO_BUILDS))
			.extracting(ExtractedRelation::from, ExtractedRelation::to)
			.contains(tuple("海门区", "海门区新材料产业共建基地"));
	}

	@Test
	void locatesAFacilityNamedWithTheWordsOfADevelopmentZoneInThatZone() {
		assertThat(relations("南通市推进海门区东岭新区建设，开工建设东岭30万吨级码头。", RelationType.LOCATED_IN))
			.extracting(ExtractedRelation::from, ExtractedRelation::to)
			.contains(tuple("东岭30万吨级码头", "海门区东岭新区"));
	}

	/** The (type, from, to) tuples of the LOCATED_IN and CO_BUILDS relations of {@code text}. */
	private static List<org.assertj.core.groups.Tuple> placements(String text) {
		return EXTRACTOR.extract("t", text)
			.relations()
			.stream()
			.filter((r) -> r.type() == RelationType.LOCATED_IN || r.type() == RelationType.CO_BUILDS)
			.map((r) -> tuple(r.type(), r.from(), r.to()))
			.toList();
	}

	@Test
	void aParkNamedWithTwoChainsOfPlacesIsBuiltByTheirInnermostPlacesAndNotByItsBuildersZones() {
		assertThat(placements("镇江市京口区与淮安市淮阴区开展南北挂钩合作。两区签约，共建园区命名为镇江京口区淮阴区工业园，由京口经济开发区、淮阴工业园区合作共建。"))
			.filteredOn((t) -> t.toList().get(0) == RelationType.CO_BUILDS)
			.containsExactlyInAnyOrder(tuple(RelationType.CO_BUILDS, "京口区", "镇江京口区淮阴区工业园"),
					tuple(RelationType.CO_BUILDS, "淮阴区", "镇江京口区淮阴区工业园"));
	}

	@Test
	void coBuildingGovernsTheParksOfItsOwnClause() {
		assertThat(placements("南京市帮扶淮安市。两地共建涟水新材料产业园，金湖科技园已投产。"))
			.contains(tuple(RelationType.CO_BUILDS, "南京市", "涟水新材料产业园"),
					tuple(RelationType.CO_BUILDS, "淮安市", "涟水新材料产业园"))
			.doesNotContain(tuple(RelationType.CO_BUILDS, "南京市", "金湖科技园"),
					tuple(RelationType.CO_BUILDS, "淮安市", "金湖科技园"));
	}

	@Test
	void coBuildingDoesNotReachTheSubjectOfAnotherPredicate() {
		assertThat(placements("南京市帮扶淮安市。两市在共建工作中总结经验，南京淮安工业园、涟水新材料产业园已签约项目20个。"))
			.doesNotContain(tuple(RelationType.CO_BUILDS, "南京市", "涟水新材料产业园"),
					tuple(RelationType.CO_BUILDS, "淮安市", "涟水新材料产业园"));
	}

	@Test
	void aSitingStatementPlacesAParkWhateverItsNameOpensWith() {
		assertLiesIn("武进区对口帮扶滨海县。滨海（武进）产业园位于滨海县东坎街道。", "滨海（武进）产业园", "东坎街道", "滨海县");
		assertThat(placements("苏州市帮扶宿迁市。落户泗阳县的恒盛新能源电池项目已开工。"))
			.contains(tuple(RelationType.LOCATED_IN, "恒盛新能源电池项目", "泗阳县"));
	}

	/** Asserts that {@code text} places {@code name} in {@code host} and not in {@code other}. */
	private static void assertLiesIn(String text, String name, String host, String other) {
		assertThat(placements(text)).contains(tuple(RelationType.LOCATED_IN, name, host))
			.doesNotContain(tuple(RelationType.LOCATED_IN, name, other));
	}

	@Test
	void aParkNamedWithAPlaceInBracketsLiesInTheHelpedSide() {
		assertLiesIn("武进区对口帮扶滨海县。武进（滨海）产业园开工建设。", "武进（滨海）产业园", "滨海县", "武进区");
	}

	@Test
	void anEnclaveLiesInTheHelperSide() {
		assertLiesIn("武进区对口帮扶滨海县。依托科创飞地——滨海（武进）科技园，两地加快合作。", "滨海（武进）科技园", "武进区", "滨海县");
	}

	@Test
	void aProvinceOpeningAParkNameIsSkippedForItsNameAndPlace() {
		assertThat(placements("广东省湛江市帮扶广西百色市。这是广西田阳区粤桂协作产业园。"))
			.contains(tuple(RelationType.LOCATED_IN, "田阳区粤桂协作产业园", "田阳区"));
	}

	@Test
	void aBayNamedAfterACityIsNotThatCity() {
		assertThat(placements("嘉兴市帮扶衢州市。嘉兴杭州湾新材料产业园与衢州签署协议。"))
			.contains(tuple(RelationType.LOCATED_IN, "嘉兴杭州湾新材料产业园", "嘉兴市"))
			.doesNotContain(tuple(RelationType.LOCATED_IN, "嘉兴杭州湾新材料产业园", "杭州市"),
					tuple(RelationType.CO_BUILDS, "杭州市", "嘉兴杭州湾新材料产业园"));
	}

	@Test
	void moneyWithoutRecipientOfAFunderWithSeveralPartnersGoesToNone() {
		assertThat(funds("宁波市帮扶丽水市、衢州市。全市共落实援建资金500万元。")).isEmpty();
		assertThat(funds("宁波市帮扶丽水市。全市共落实援建资金500万元。")).containsExactly(tuple("宁波市", "丽水市", 5_000_000L));
	}

	@Test
	void aDonationOfMoneyWithoutASumFundsThePartnerOfOnePairing() {
		assertThat(funds("海门区与泗洪县结对。两地举行了帮扶资金捐赠仪式。")).containsExactly(tuple("海门区", "泗洪县", null));
		assertThat(funds("海门区与泗洪县结对。泗洪县向海门区图书馆捐赠书画作品一批。")).isEmpty();
	}

	@Test
	void aDonationWordThatSaysMoneyFundsWithoutAWordForMoney() {
		assertThat(funds("海门区与泗洪县结对。海门区把企业的爱心捐款送到泗洪县困难家庭。")).containsExactly(tuple("海门区", "泗洪县", null));
		assertThat(funds("海门区与泗洪县结对。各界捐助陆续汇集到泗洪县。")).containsExactly(tuple("海门区", "泗洪县", null));
	}

	@Test
	void aProjectIsNeverTheFunder() {
		assertThat(funds("江苏省本年度援建泗洪县的12个帮扶项目全部开工，向泗洪县拨付帮扶资金2000万元。")).extracting((t) -> t.toList().get(0))
			.doesNotContain("12个帮扶项目");
	}

	@Test
	void aParkNamedByTheInitialsOfTwoPairedCitiesIsBuiltByBoth() {
		assertThat(placements("深圳市与潮州市开展对口帮扶协作。深潮产业合作园区加快建设。")).contains(
				tuple(RelationType.CO_BUILDS, "深圳市", "深潮产业合作园区"), tuple(RelationType.CO_BUILDS, "潮州市", "深潮产业合作园区"));
		assertThat(placements("深圳市与潮州市开展对口帮扶协作，汕头市也参与。深汕产业合作园区加快建设。"))
			.doesNotContain(tuple(RelationType.CO_BUILDS, "汕头市", "深汕产业合作园区"));
	}


	@Test
	void placesNoZoneWhosePlaceTheDocumentSupplied() {
		String text = "扬州市人民政府办公室\n\n促进综保区高质量发展。推进扬州运河工业园区建设。";
		assertThat(EXTRACTOR.extract("t", text).entities()).extracting((e) -> e.name()).contains("扬州综保区");
		assertThat(relations(text, RelationType.LOCATED_IN)).extracting(ExtractedRelation::from)
			.contains("扬州运河工业园区")
			.doesNotContain("扬州综保区");
	}
	@Test
	void aDevelopmentZoneNamedAfterACityAndItsDistrictIsNoJointPark() {
		assertThat(placements("惠山区与贾汪区结对。共建园区由无锡惠山经济开发区、徐州工业园区合作共建。"))
			.doesNotContain(tuple(RelationType.CO_BUILDS, "无锡市", "无锡惠山经济开发区"),
					tuple(RelationType.CO_BUILDS, "惠山区", "无锡惠山经济开发区"))
			.contains(tuple(RelationType.LOCATED_IN, "无锡惠山经济开发区", "惠山区"));
	}

	@Test
	void aPairThatSaysItBuildsTogetherBuildsTheNewTownItNames() {
		assertThat(placements("成都市武侯区与邛崃市结对合作。根据协议，双方将共同构建产业生态圈，建设羊安产业新城。"))
			.contains(tuple(RelationType.CO_BUILDS, "武侯区", "羊安产业新城"), tuple(RelationType.CO_BUILDS, "邛崃市", "羊安产业新城"));
	}

	@Test
	void aDashPairsOnlyTheTwoNamesBesideIt() {
		assertThat(pairs("江苏省南京市结对帮扶淮安市、宿迁市，促进南京-淮安、南京-宿迁深度对接。"))
			.containsExactlyInAnyOrder(tuple("南京市", "淮安市"), tuple("南京市", "宿迁市"));
	}

	@Test
	void aPlaceThatReceivesItsPartnersProgrammeTeamPairsWithIt() {
		assertThat(pairs("县级层面，南京市江宁区迎来了淮安市盱眙县南北结对调研组，无锡市江阴市迎来了连云港市灌云县党政代表团。"))
			.containsExactly(tuple("江宁区", "盱眙县"));
	}

	@Test
	void aCoBuildingStatementNamesAParkByTheEndOfItsFullName() {
		assertThat(placements("在融水苗族自治县粤桂协作产业园，工人正在作业。廉江市和融水苗族自治县结对帮扶，两地共建协作产业园。"))
			.contains(tuple(RelationType.CO_BUILDS, "廉江市", "融水苗族自治县粤桂协作产业园"),
					tuple(RelationType.CO_BUILDS, "融水苗族自治县", "融水苗族自治县粤桂协作产业园"));
		assertThat(placements("在融水苗族自治县粤桂协作产业园，工人正在作业。廉江市和融水苗族自治县结对帮扶，两地推动共建产业园区。"))
			.filteredOn((t) -> t.toList().get(0) == RelationType.CO_BUILDS)
			.isEmpty();
	}

}
