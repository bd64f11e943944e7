package org.coopgraph.extract.stage;

import java.util.List;

import org.coopgraph.extract.SharedExtractor;
import org.coopgraph.extract.model.EntityType;
import org.coopgraph.extract.model.ExtractedEntity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class ProgressLabelStageTests {

	private static final String TABLE = "盐城市人民政府办公室\n\n2024年重点任务推进表\n\n序号 目 标 任 务 \n序   时   进   度 责 任 单 位 \n\n"
			+ "第二季度 第三季度 牵头单位 共同责任单位 \n\n一、综合指标 \n\n"
			+ "1 推进东湖大桥、西山隧道建设，实施留白增绿。 东湖大桥：完成桩基。西山隧道：完成选线。 留白增绿：完成三处。 市交通局 市财政局 \n\n"
			+ "2 \n建设市体育活动中心。 \n\n市体育活动中心：完成主体。 \n\n市体育局 \n\n市财政局 \n\n抄送：市委各部门。\n";

	private static List<ExtractedEntity> entities() {
		return SharedExtractor.INSTANCE.extract("t", TABLE).entities();
	}

	@Test
	void readsTheItemsThatHeadProgressNotesAsProjects() {
		assertThat(entities()).extracting(ExtractedEntity::name, ExtractedEntity::type)
			.contains(tuple("东湖大桥", EntityType.PROJECT), tuple("西山隧道", EntityType.PROJECT));
	}

	@Test
	void namesALabelOpenedByTheLevelOfGovernmentAfterTheHomeCity() {
		assertThat(entities()).extracting(ExtractedEntity::name).contains("盐城市体育活动中心");
	}

	@Test
	void leavesLabelsThatHeadAKindOfWork() {
		assertThat(entities()).extracting(ExtractedEntity::name).doesNotContain("留白增绿");
	}

	@Test
	void keepsOneInstitutionForALabelAndItsShorterForms() {
		String table = TABLE.replace("建设市体育活动中心。", "提升省东岭食品检验室服务功能。")
			.replace("市体育活动中心：完成主体。", "省东岭食品检验室：完成改造。东岭食品检验室投入使用。");
		assertThat(SharedExtractor.INSTANCE.extract("t", table).entities()).filteredOn((e) -> e.name().contains("检验室"))
			.extracting(ExtractedEntity::name)
			.containsExactly("江苏省东岭食品检验室");
	}

	@Test
	void mergesAGuessCutFromALongerNameIntoIt() {
		String table = TABLE.replace("建设市体育活动中心。", "提升省东岭食检院检验室服务功能。")
			.replace("市体育活动中心：完成主体。", "省东岭食检院检验室：完成改造。");
		assertThat(SharedExtractor.INSTANCE.extract("t", table).entities()).filteredOn((e) -> e.name().contains("检验室"))
			.extracting(ExtractedEntity::name)
			.containsExactly("江苏省东岭食检院检验室");
	}

}
