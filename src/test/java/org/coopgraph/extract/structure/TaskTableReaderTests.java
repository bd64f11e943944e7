package org.coopgraph.extract.structure;

import java.util.List;

import org.coopgraph.extract.text.DocumentText;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TaskTableReaderTests {

	private static List<RawTask> read(String text) {
		DocumentText doc = DocumentText.of(text);
		TaskTableReader reader = new TaskTableReader(TableHeaders.load(), (s) -> s.endsWith("局") || s.endsWith("委") || s.startsWith("各"));
		return reader.read(doc.lines(), new boolean[doc.lines().size()]);
	}

	@Test
	void readsWrappedRowsAcrossARepeatedHeader() {
		List<RawTask> tasks = read("序号 任务 牵头单位 共同责任单位 \n\n1 新增就业 5万人。 完成 2万人。 市人社局 市财政局 \n\n2 \n建设物流\n中心。 \n\n完成选址。 \n市交通局 \n市商务局、市发\n改委 \n 序号 任务 \n牵头单位 共同责任单位 \n\n3 \n引进项目 10个。 \n\n市商务局 \n");
		assertThat(tasks).extracting(RawTask::id).containsExactly("1", "2", "3");
		assertThat(tasks.get(0).text()).isEqualTo("新增就业 5万人。");
		assertThat(tasks.get(1).text()).isEqualTo("建设物流中心。");
		assertThat(tasks.get(1).lead()).extracting(UnitRef::surface).containsExactly("市交通局");
		assertThat(tasks.get(1).co()).extracting(UnitRef::surface).containsExactly("市商务局", "市发改委");
		assertThat(tasks.get(2).lead()).extracting(UnitRef::surface).containsExactly("市商务局");
	}

	@Test
	void joinsTheSpacedOutCharactersOfAUnit() {
		List<RawTask> tasks = read("序号 任务 牵头单位 共同责任单位 \n\n1 \n建设物流中心。 \n\n完成选址。 \n\n市 发 改\n委、市交\n通局 \n\n市商务局 \n");
		assertThat(tasks).hasSize(1);
		assertThat(tasks.get(0).lead()).extracting(UnitRef::surface).containsExactly("市发改委", "市交通局");
		assertThat(tasks.get(0).co()).extracting(UnitRef::surface).containsExactly("市商务局");
	}


	@Test
	void closesAWrappedUnitWithItsBareBodyEnding() {
		List<RawTask> tasks = read("序号 任务 牵头单位 共同责任单位 \n\n1 \n建设物流中心。 \n\n完成选址。 \n\n市高新区 \n党工委 \n\n市商务局 \n");
		assertThat(tasks).hasSize(1);
		assertThat(tasks.get(0).lead()).extracting(UnitRef::surface).containsExactly("市高新区党工委");
		assertThat(tasks.get(0).co()).extracting(UnitRef::surface).containsExactly("市商务局");
	}

}
