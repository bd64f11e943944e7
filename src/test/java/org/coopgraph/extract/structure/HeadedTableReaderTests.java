package org.coopgraph.extract.structure;

import java.util.List;

import org.coopgraph.extract.text.DocumentText;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HeadedTableReaderTests {

	private static final TableHeaders HEADERS = TableHeaders.load();

	private static List<RawTask> read(String text) {
		DocumentText doc = DocumentText.of(text);
		HeadedTableReader reader = new HeadedTableReader(HEADERS,
				(s) -> s.endsWith("局") || s.endsWith("委") || s.endsWith("办") || s.endsWith("部"));
		return reader.read(doc.lines(), new boolean[doc.lines().size()]);
	}

	private static List<String> surfaces(List<UnitRef> units) {
		return units.stream().map(UnitRef::surface).toList();
	}

	@Test
	void readsATableWithOneCellPerLine() {
		List<RawTask> tasks = read("分工表\n序号\n工作任务\n责任单位\n完成时限\n1\n建设协作产业园标准厂房。\n市商务局、市发改委\n6月底前\n"
				+ "2\n组织劳务对接活动。\n市人社局\n全年\n");
		assertThat(tasks).extracting(RawTask::id).containsExactly("1", "2");
		assertThat(tasks.get(0).text()).isEqualTo("建设协作产业园标准厂房。");
		assertThat(surfaces(tasks.get(0).other())).containsExactly("市商务局", "市发改委");
		assertThat(tasks).extracting(RawTask::deadline).containsExactly("6月底前", "全年");
	}

	@Test
	void joinsAWrappedTaskCellAndStopsAtTheTextAfterTheTable() {
		List<RawTask> tasks = read("序号\n重点工作\n责任部门\n完成时间\n1\n推进消费帮扶，\n扩大农产品销售。\n区商务局\n9月底前\n"
				+ "2\n开展干部互派。\n区委组织部\n年底前\n\n以上任务请各单位抓好落实。\n");
		assertThat(tasks).extracting(RawTask::text).containsExactly("推进消费帮扶，扩大农产品销售。", "开展干部互派。");
		assertThat(surfaces(tasks.get(1).other())).containsExactly("区委组织部");
		assertThat(tasks.get(1).deadline()).isEqualTo("年底前");
	}

	@Test
	void placesTheCellsOfARowThatLostAnEmptyCell() {
		List<RawTask> tasks = read("序号\n工作任务\n责任领导\n责任单位\n完成时限\n1\n修订协作规划。\n王某\n县发改委\n3月底前\n"
				+ "2\n举办招商推介会。\n县商务局\n5月\n3\n开展结对交流。\n李某\n县委办\n");
		assertThat(tasks).extracting(RawTask::id).containsExactly("1", "2", "3");
		assertThat(surfaces(tasks.get(1).other())).containsExactly("县商务局");
		assertThat(tasks.get(1).deadline()).isEqualTo("5月");
		assertThat(surfaces(tasks.get(2).other())).containsExactly("县委办");
		assertThat(tasks.get(2).deadline()).isEmpty();
	}

	@Test
	void readsCellsThatEndInABar() {
		List<RawTask> tasks = read("序号 |\n工作任务 |\n牵头单位 |\n配合单位 |\n时间节点 |\n1 |\n完善园区道路、\n供水设施。 |\n区住建局 |\n |\n二季度 |\n"
				+ "2 |\n引进协作企业5家。 |\n区商务局 |\n区财政局、区税务局 |\n全年 |\n");
		assertThat(tasks).extracting(RawTask::id).containsExactly("1", "2");
		assertThat(tasks.get(0).text()).isEqualTo("完善园区道路、供水设施。");
		assertThat(surfaces(tasks.get(0).lead())).containsExactly("区住建局");
		assertThat(tasks.get(0).co()).isEmpty();
		assertThat(tasks.get(0).deadline()).isEqualTo("二季度");
		assertThat(surfaces(tasks.get(1).co())).containsExactly("区财政局", "区税务局");
	}

	@Test
	void readsRowsWithBarsBetweenCellsInAnyColumnOrder() {
		List<RawTask> tasks = read("| 序号 | 完成时限 | 协办单位 | 具体任务 | 牵头部门 |\n|---|---|---|---|---|\n"
				+ "| 1 | 4月底前 | 市财政局 | 编制年度协作计划。 | 市发改委 |\n| 2 | 长期坚持 |  | 选派教师支教。 | 市教育局 |\n");
		assertThat(tasks).extracting(RawTask::id).containsExactly("1", "2");
		assertThat(tasks.get(0).text()).isEqualTo("编制年度协作计划。");
		assertThat(surfaces(tasks.get(0).lead())).containsExactly("市发改委");
		assertThat(surfaces(tasks.get(0).co())).containsExactly("市财政局");
		assertThat(tasks).extracting(RawTask::deadline).containsExactly("4月底前", "长期坚持");
		assertThat(tasks.get(1).co()).isEmpty();
	}

	@Test
	void prefixesTheSectionWhenTabbedRowsRestartTheirNumbers() {
		List<RawTask> tasks = read("序号\t工作任务\t责任单位\t进度安排\n一、产业协作\n1\t共建产业园。\t县工信局\t全年\n2\t招引企业。\t县商务局\t年底前\n"
				+ "二、劳务协作\n1\t开展技能培训。\t县人社局\t8月\n\t培训不少于100人。\t县农业农村局\t\n三、保障措施\n");
		assertThat(tasks).extracting(RawTask::id).containsExactly("1.1", "1.2", "2.1");
		assertThat(tasks.get(2).text()).isEqualTo("开展技能培训。培训不少于100人。");
		assertThat(surfaces(tasks.get(2).other())).containsExactly("县人社局", "县农业农村局");
	}

	@Test
	void splitsTheUnitColumnByASecondHeaderRow() {
		List<RawTask> tabbed = read("序号\t工作任务\t责任单位\t完成时限\n\t\t牵头单位\t配合单位\t\n1\t修建村道。\t县交通局\t县财政局\t10月底前\n");
		List<RawTask> cellPerLine = read("序号\n工作任务\n责任单位\n完成时限\n牵头单位\n配合单位\n1\n修建村道。\n县交通局\n县财政局\n10月底前\n");
		for (List<RawTask> tasks : List.of(tabbed, cellPerLine)) {
			assertThat(tasks).singleElement().satisfies((t) -> {
				assertThat(surfaces(t.lead())).containsExactly("县交通局");
				assertThat(surfaces(t.co())).containsExactly("县财政局");
				assertThat(t.deadline()).isEqualTo("10月底前");
			});
		}
	}

	@Test
	void keepsTheColumnsAfterAMergedUnitCellWrittenWithItsEmptyCells() {
		List<RawTask> tasks = read("序号\t重点工作\t责任单位\t\t完成时间\n\t\t牵头单位\t协办单位\t\n"
				+ "1\t组织企业赴东部招商。\t县投促局\t县工信局、县商务局\t10月底前\n");
		assertThat(tasks).singleElement().satisfies((t) -> {
			assertThat(surfaces(t.lead())).containsExactly("县投促局");
			assertThat(surfaces(t.co())).containsExactly("县工信局", "县商务局");
			assertThat(t.deadline()).isEqualTo("10月底前");
		});
	}

	@Test
	void readsWhichResponsibleUnitsLeadOrAssistFromTheirRemarks() {
		List<RawTask> tasks = read("序号\t工作任务\t责任单位\t完成时限\n1\t引进企业。\t县商务局（牵头）、县财政局（配合）\t6月底前\n"
				+ "2\t建设车间。\t县人社局牵头，县发改局、县财政局配合\t全年\n3\t消费帮扶。\t县商务局、县农业农村局\t全年\n");
		assertThat(surfaces(tasks.get(0).lead())).containsExactly("县商务局");
		assertThat(surfaces(tasks.get(0).co())).containsExactly("县财政局");
		assertThat(surfaces(tasks.get(1).lead())).containsExactly("县人社局");
		assertThat(surfaces(tasks.get(1).co())).containsExactly("县发改局", "县财政局");
		assertThat(surfaces(tasks.get(2).other())).containsExactly("县商务局", "县农业农村局");
		assertThat(tasks.get(2).lead()).isEmpty();
	}

	@Test
	void keysRowsByTheUnitInTheFirstColumnAndRepeatsItOverAnEmptyCell() {
		List<RawTask> tasks = read("\t部  门\n\t工作要点\n\t具体内容\n\t拟推进时间\n\n\t团委\n\t助学\n\t资助困难学生十名。\n\t8月\n\n"
				+ "\t\n\t交流\n\t组织青年\n交流活动。\n\t\n\n\t妇联\n\t慰问\n\t慰问困难妇女。\n\t年底\n");
		assertThat(tasks).extracting(RawTask::id).containsExactly("A.团委.1", "A.团委.2", "A.妇联.1");
		assertThat(tasks).extracting(RawTask::text).containsExactly("资助困难学生十名。", "组织青年交流活动。", "慰问困难妇女。");
		assertThat(tasks).extracting(RawTask::deadline).containsExactly("8月", "", "年底");
		assertThat(surfaces(tasks.get(1).other())).containsExactly("团委");
	}

	@Test
	void keysTabbedRowsByUnitToo() {
		List<RawTask> tasks = read("镇区\t工作要点\t具体内容\t推进时间\n城南街道\t结对\t与结对村互访交流。\t5月\n\t消费帮扶\t采购农产品。\t全年\n");
		assertThat(tasks).extracting(RawTask::id).containsExactly("A.城南街道.1", "A.城南街道.2");
		assertThat(tasks.get(1).text()).isEqualTo("采购农产品。");
		assertThat(surfaces(tasks.get(1).other())).containsExactly("城南街道");
	}

	@Test
	void leavesTheHeadingAfterTheTableToTheWorkPlan() {
		String text = "序号\t工作任务\t责任单位\t完成时限\n1\t共建产业园。\t县工信局\t全年\n二、保障措施\n1．加强组织领导。（责任单位：县委办）\n";
		DocumentText doc = DocumentText.of(text);
		boolean[] claimed = new boolean[doc.lines().size()];
		new HeadedTableReader(HEADERS, (s) -> true).read(doc.lines(), claimed);
		assertThat(claimed).containsExactly(true, true, false, false, false);
	}

	@Test
	void ignoresATableWithoutUnitsOrTimes() {
		assertThat(read("序号\t项目名称\t总投资\n1\t物流园\t3亿元\n")).isEmpty();
		assertThat(read("序号\n工作任务\n备注\n1\n开展调研。\n无\n")).isEmpty();
	}

}
