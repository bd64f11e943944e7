package org.coopgraph.extract.structure;

import java.util.List;

import org.coopgraph.extract.text.DocumentText;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ActivityTableReaderTests {

	@Test
	void repeatsTheUnitOfAnEmptyFirstCell() {
		DocumentText doc = DocumentText.of("\t部  门\n\t工作要点\n\t具体内容\n\t拟推进时间\n\n\t团委\n\t助学\n\t资助困难学生十名。\n\t8月\n\n\t\n\t交流\n\t组织青年交流活动。\n\t\n\n\t妇联\n\t慰问\n\t慰问困难妇女。\n\t年底\n");
		List<RawTask> tasks = new ActivityTableReader().read(doc.lines(), new boolean[doc.lines().size()]);
		assertThat(tasks).extracting(RawTask::id).containsExactly("A.团委.1", "A.团委.2", "A.妇联.1");
		assertThat(tasks).extracting(RawTask::deadline).containsExactly("8月", "", "年底");
		assertThat(tasks.get(1).other()).extracting(UnitRef::surface).containsExactly("团委");
	}

}
