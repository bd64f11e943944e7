package org.coopgraph.extract.stage;

import java.util.List;

import org.coopgraph.extract.Extraction;
import org.coopgraph.extract.Mention;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DepartmentStageTests {

	private static List<Mention> bodies(String text) {
		Extraction e = StageFixtures.GAZETTEER_STAGE.apply(Extraction.start("t", text));
		e = StageFixtures.CONTEXT_STAGE.apply(e);
		return StageFixtures.DEPARTMENT_STAGE.apply(e).mentions();
	}

	@Test
	void namesBodiesInRunningTextForTheIssuingCity() {
		List<Mention> found = bodies("扬州市人民政府办公室\n会同泰州市发改委、市财政局和省政府办公厅研究落实。");
		assertThat(found).extracting(Mention::canonical)
			.contains("泰州市发展和改革委员会", "扬州市财政局", "江苏省人民政府办公厅");
	}

	@Test
	void leavesCommonWordsAlone() {
		assertThat(bodies("扬州市人民政府办公室\n全市城市管理水平和市场活力持续提升。")).extracting(Mention::canonical)
			.doesNotContain("扬州市场活力持续提升");
	}

	@Test
	void leavesBodiesNamedOnlyInsideARoleAlone() {
		assertThat(bodies("扬州市人民政府办公室\n泰州市委副书记、市长一行出席市政府常务会议，市教育局局长陪同。"))
			.extracting(Mention::surface)
			.doesNotContain("泰州市委", "市政府", "市教育局");
	}

	@Test
	void keepsAWorkTeamNamedInAJobTitle() {
		BodyRoles roles = BodyRoles.load();
		String text = "甲市工作队书记、甲市教育局局长";
		assertThat(roles.inRole(text, 5, "甲市工作队")).isFalse();
		assertThat(roles.inRole(text, 13, "甲市教育局")).isTrue();
		assertThat(roles.inRole("甲市教育局开展活动", 5, "甲市教育局")).isFalse();
	}

	@Test
	void readsATeamNamedAfterItsProgrammeAndThePlaceItWorksIn() {
		List<Mention> found = bodies("扬州市人民政府办公室\n扬州市南北结对帮扶合作宿迁市前方工作队抵达。江都区赴泗洪县东西部协作工作组同行。");
		assertThat(found).extracting(Mention::surface)
			.contains("扬州市南北结对帮扶合作宿迁市前方工作队", "江都区赴泗洪县东西部协作工作组")
			.doesNotContain("宿迁市前方工作队", "泗洪县东西部协作工作组");
	}

	@Test
	void readsANationalBodysOwnCommitteeAsOneBody() {
		assertThat(bodies("扬州市人民政府办公室\n\n迎接教育部高校设置评议委员会专家考察。")).extracting(Mention::surface)
			.contains("教育部高校设置评议委员会")
			.doesNotContain("教育部");
	}

	@Test
	void leavesABodyNamedOnlyForTheCollectiveOfItsPartsAlone() {
		assertThat(bodies("扬州市人民政府办公室\n\n抄送：市委各部门，市政协办公室。")).extracting(Mention::surface)
			.contains("市政协办公室")
			.doesNotContain("市委");
	}

	@Test
	void takesNoBodyFromAnOrdinaryWordThatEndsLikeOne() {
		List<Mention> found = bodies("扬州市人民政府办公室\n活动在县城举办，市里开办培训班，形成市域发展新格局，市商务局参加。");
		assertThat(found).extracting(Mention::canonical).contains("扬州市商务局");
		assertThat(found).extracting(Mention::surface).noneMatch((s) -> s.endsWith("办") || s.endsWith("格局"));
	}


	@Test
	void readsTheOfficeOfABodyWithTwoNamesAsOneBody() {
		List<Mention> found = bodies("扬州市人民政府办公室\n\n市委人才工作领导小组（市委招才引智领导小组）办公室印发通知。");
		assertThat(found).extracting(Mention::canonical).contains("中共扬州市委人才工作领导小组办公室")
			.doesNotContain("中共扬州市委人才工作领导小组", "中共扬州市委招才引智领导小组");
	}

	@Test
	void namesABodyAfterTheProvinceWrittenBeforeIt() {
		List<Mention> found = bodies("扬州市人民政府办公室\n据浙江省发改委消息，浙江省财政厅拨付资金。省财政厅表示，省发改委将跟进。");
		assertThat(found).extracting(Mention::canonical)
			.contains("浙江省发展和改革委员会", "浙江省财政厅")
			.doesNotContain("江苏省财政厅");
		assertThat(found).filteredOn((m) -> m.surface().equals("省财政厅")).extracting(Mention::canonical)
			.containsOnly("浙江省财政厅");
	}

	@Test
	void readsAFrontHeadquartersThePartyCentreAndTheCentralStaffingOfficeAsBodies() {
		String text = "扬州市人民政府办公室\n浙江省援疆前方指挥部总指挥介绍，贯彻党中央部署，在中央编办支持下推进。";
		assertThat(bodies(text)).extracting(Mention::canonical)
			.contains("浙江省援疆前方指挥部", "中共中央", "中央机构编制委员会办公室");
	}

	@Test
	void takesNoBodyFromAPlaceFollowedByAVerbOfAnEvent() {
		assertThat(bodies("扬州市人民政府办公室\n省委在泰州召开沿江发展协调小组第一次会议。")).extracting(Mention::surface)
			.noneMatch((s) -> s.contains("召开"));
	}

	@Test
	void leavesABodyNamedBeforeOneOfItsUnitsAndATitleAlone() {
		List<Mention> found = bodies("扬州市人民政府办公室\n李四 浙江省农业农村厅区域合作处三级调研员\n王五 农业农村部专家咨询委员会委员");
		assertThat(found).extracting(Mention::canonical)
			.doesNotContain("浙江省农业农村厅", "农业农村部专家咨询委员会", "中华人民共和国农业农村部");
	}

	@Test
	void readsAPreparatoryGroupAndAGarrisonCommandAsBodies() {
		assertThat(bodies("扬州市人民政府办公室\n市科创联盟筹备组发布通知，泰州警备区参加。")).extracting(Mention::canonical)
			.contains("扬州市科创联盟筹备组", "泰州市警备区");
	}

}
