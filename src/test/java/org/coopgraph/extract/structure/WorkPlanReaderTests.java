package org.coopgraph.extract.structure;

import java.util.List;

import org.coopgraph.extract.text.DocumentText;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WorkPlanReaderTests {

	private static List<RawTask> read(String text) {
		DocumentText doc = DocumentText.of(text);
		return new WorkPlanReader((s) -> s.endsWith("局") || s.endsWith("部") || s.endsWith("办")).read(doc, doc.lines(), new boolean[doc.lines().size()]);
	}

	@Test
	void numbersItemsBySectionAndNestedSubsection() {
		List<RawTask> tasks = read("一、总体安排\n1．制定年度计划。（责任单位：市发改委）\n二、产业合作\n（一）园区共建\n1．建设标准厂房。（责任单位：区商务局）\n2．引进项目。（责任单位：区科技局）\n");
		assertThat(tasks).extracting(RawTask::id).containsExactly("1.1", "2.1.1", "2.1.2");
	}

	@Test
	void readsUnitsAndDeadlineFromAWrappedClause() {
		List<RawTask> tasks = read("一、任务\n1．完成规划编制\n和报批。〔责任单位：市自然资源局、海州区（高新区），完\n成时间：4月底前〕\n");
		assertThat(tasks).singleElement().satisfies((t) -> {
			assertThat(t.text()).isEqualTo("完成规划编制和报批");
			assertThat(t.other()).extracting(UnitRef::surface).containsExactly("市自然资源局", "海州区（高新区）");
			assertThat(t.deadline()).isEqualTo("4月底前");
		});
	}

	@Test
	void makesASubsectionWithoutItemsATaskOfItsOwn() {
		List<RawTask> tasks = read("三、重点工作\n（一）强化组织推进\n定期研究部署年度任务，召开联席会议推进协作工作。（责任单位：市委办、发改委）\n");
		assertThat(tasks).singleElement().satisfies((t) -> {
			assertThat(t.id()).isEqualTo("3.1");
			assertThat(t.text()).startsWith("定期研究部署");
			assertThat(t.other()).extracting(UnitRef::surface).containsExactly("市委办", "发改委");
		});
	}

	@Test
	void keepsAnItemWhoseBracketNeverCloses() {
		List<RawTask> tasks = read("一、任务\n1．推进合作。（责任单位：市商务局、市发改委\n");
		assertThat(tasks).singleElement().satisfies((t) -> {
			assertThat(t.text()).isEqualTo("推进合作");
			assertThat(t.other()).extracting(UnitRef::surface).containsExactly("市商务局", "市发改委");
		});
	}

	@Test
	void ignoresNumbersOutOfSequence() {
		List<RawTask> tasks = read("一、任务\n1．第一项。（责任单位：市商务局）\n5.6亿元用于建设。\n2．第二项。（责任单位：市财政局）\n");
		assertThat(tasks).extracting(RawTask::id).containsExactly("1.1", "1.2");
	}

	@Test
	void keepsTheOwnNumbersOfItemsNumberedOnAcrossSections() {
		List<RawTask> tasks = read("一、产业协作\n1．共建产业园。（责任单位：县工信局）\n2．招引企业。（责任单位：县商务局）\n"
				+ "二、劳务协作\n3．开展技能培训。（责任单位：县人社局）\n4．组织赴东部就业。（责任单位：县人社局，完成时间：6月底前）\n");
		assertThat(tasks).extracting(RawTask::id).containsExactly("1", "2", "3", "4");
		assertThat(tasks.get(2).text()).isEqualTo("开展技能培训");
		assertThat(tasks.get(3).deadline()).isEqualTo("6月底前");
	}

	@Test
	void numbersItemsWithinSectionsWhenEachSectionStartsAgain() {
		List<RawTask> tasks = read("一、产业协作\n1．共建产业园。\n2．招引企业。\n二、劳务协作\n1．开展技能培训。\n");
		assertThat(tasks).extracting(RawTask::id).containsExactly("1.1", "1.2", "2.1");
	}

	@Test
	void readsAClosingBracketOfUnitsAsTheResponsibleUnits() {
		List<RawTask> tasks = read("一、任务\n1．选派干部挂职。（区委组织部、区协作办、各有关单位）\n2．编制规划（草案）。\n");
		assertThat(tasks.get(0).text()).isEqualTo("选派干部挂职");
		assertThat(tasks.get(0).other()).extracting(UnitRef::surface).containsExactly("区委组织部", "区协作办");
		assertThat(tasks.get(1).text()).isEqualTo("编制规划（草案）");
		assertThat(tasks.get(1).other()).isEmpty();
	}

	@Test
	void readsTheGroupsOfAClosingBracketByThePartTheyPlay() {
		List<RawTask> tasks = read("一、任务\n1．开展课题研究。（由市发改局、市科技局负责）\n"
				+ "2．推进招商引资。（市商务局、市发改局牵头，市财政局配合，各有关单位按职责分工负责）\n"
				+ "3．深化劳务协作。（市人社局牵头，市级各有关部门及各镇街按职责分工负责）\n");
		assertThat(tasks).extracting(RawTask::text).containsExactly("开展课题研究", "推进招商引资", "深化劳务协作");
		assertThat(tasks.get(0).other()).extracting(UnitRef::surface).containsExactly("市发改局", "市科技局");
		assertThat(tasks.get(1).lead()).extracting(UnitRef::surface).containsExactly("市商务局", "市发改局");
		assertThat(tasks.get(1).co()).extracting(UnitRef::surface).containsExactly("市财政局");
		assertThat(tasks.get(1).other()).isEmpty();
		assertThat(tasks.get(2).lead()).extracting(UnitRef::surface).containsExactly("市人社局");
		assertThat(tasks.get(2).other()).isEmpty();
	}

	@Test
	void readsTheClosingBracketOfASubsectionWithoutItems() {
		List<RawTask> tasks = read("三、工作内容\n（一）开展课题研究\n双方互派课题组比对两地产业结构，提出合作方向。（由市发改局、市科技局负责）\n"
				+ "（二）对接传统产业\n发挥两地在制造业和现代服务业上的优势，推动两地企业开展对接。\n");
		assertThat(tasks).extracting(RawTask::id).containsExactly("3.1", "3.2");
		assertThat(tasks.get(0).text()).startsWith("双方互派课题组").doesNotContain("负责");
		assertThat(tasks.get(0).other()).extracting(UnitRef::surface).containsExactly("市发改局", "市科技局");
		assertThat(tasks.get(1).other()).isEmpty();
	}

	@Test
	void readsUnitsWrittenBeforeALabelInTheSameBracket() {
		List<RawTask> tasks = read("一、任务\n1．转移就业500人。（县人社局负责；完成时限：11月底前）\n2．召开联席会议（上半年）。（责任单位：县发改局）\n");
		assertThat(tasks.get(0).text()).isEqualTo("转移就业500人");
		assertThat(tasks.get(0).other()).extracting(UnitRef::surface).containsExactly("县人社局");
		assertThat(tasks.get(0).deadline()).isEqualTo("11月底前");
		assertThat(tasks.get(1).text()).isEqualTo("召开联席会议（上半年）");
		assertThat(tasks.get(1).other()).extracting(UnitRef::surface).containsExactly("县发改局");
	}

	@Test
	void readsItemsNumberedInBracketsWhereASectionNumbersItsItemsSo() {
		List<RawTask> tasks = read("一、产业协作\n（1）引进东部企业5家。（责任单位：县商务局）\n（2）共建农业基地。（责任单位：县农业农村局）\n"
				+ "二、劳务协作\n1．转移就业500人。\n（1）组织专场招聘会。\n（2）开展技能培训。（责任单位：县人社局）\n");
		assertThat(tasks).extracting(RawTask::id).containsExactly("1.1", "1.2", "2.1");
		assertThat(tasks.get(0).text()).isEqualTo("引进东部企业5家");
		assertThat(tasks.get(1).other()).extracting(UnitRef::surface).containsExactly("县农业农村局");
		assertThat(tasks.get(2).text()).startsWith("转移就业500人").contains("（2）开展技能培训");
		assertThat(tasks.get(2).other()).extracting(UnitRef::surface).containsExactly("县人社局");
	}

	@Test
	void readsNoTaskFromTheNumberedHeadingOfANewsParagraph() {
		List<RawTask> tasks = read("1、甲区大力发展园区经济\n2023年5月8日上午，甲区与乙县在丙市签订合作协议。\n双方将共同推动产业合作。\n"
				+ "2、乙县组团考察甲区\n5月9日，乙县代表团赴甲区考察学习。\n");
		assertThat(tasks).isEmpty();
		assertThat(read("一、产业协作\n（一）两地签约共建园区\n5月8日上午，甲区与乙县在丙市签订协议，共建产业园区。\n")).isEmpty();
	}

	@Test
	void keepsHeadedItemsOfAPlanThatNamesUnitsOrReportsNoEvent() {
		List<RawTask> withUnits = read("1、推进园区共建\n5月8日，召开推进会，部署年度任务。（责任单位：县商务局）\n2、加强宣传\n4月1日，组织媒体开展集中宣传报道。\n");
		assertThat(withUnits).extracting(RawTask::id).containsExactly("1", "2");
		List<RawTask> plain = read("1、强化组织领导\n成立工作专班，定期研究协作工作，6月30日前完成年度部署。\n");
		assertThat(plain).extracting(RawTask::text).singleElement().asString().startsWith("强化组织领导");
	}

}
