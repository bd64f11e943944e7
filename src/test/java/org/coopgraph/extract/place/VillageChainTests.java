package org.coopgraph.extract.place;

import java.util.List;

import org.assertj.core.groups.Tuple;
import org.coopgraph.extract.SharedExtractor;
import org.coopgraph.extract.model.DocumentExtraction;
import org.coopgraph.extract.model.EntityType;
import org.coopgraph.extract.model.ExtractedEntity;
import org.coopgraph.extract.model.RelationType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Villages outside the provinces whose villages the division table lists, read by their suffix where they continue a
 * chain of places, with LOCATED_IN to the place before them; bare 某村 in running text stays unread.
 */
class VillageChainTests {

	private static DocumentExtraction extract(String text) {
		return SharedExtractor.INSTANCE.extract("villages.txt", text);
	}

	private static List<Tuple> locatedIn(DocumentExtraction d) {
		return d.relations()
			.stream()
			.filter((r) -> r.type() == RelationType.LOCATED_IN)
			.map((r) -> tuple(r.from(), r.to()))
			.toList();
	}

	private static List<String> villages(DocumentExtraction d) {
		return d.entities().stream().filter((e) -> e.type() == EntityType.VILLAGE).map(ExtractedEntity::name).toList();
	}

	/** Asserts that {@code text} gives exactly these villages and at least these LOCATED_IN facts. */
	private static void assertVillagesAndChain(String text, List<String> names, Tuple... located) {
		DocumentExtraction d = extract(text);
		assertThat(villages(d)).containsExactlyInAnyOrderElementsOf(names);
		assertThat(locatedIn(d)).contains(located);
	}

	@Test
	void readsATownAndVillageTheTableLacksInACountyChain() {
		assertVillagesAndChain("广西壮族自治区百色市那坡县青山乡白岩村建成扶贫车间。", List.of("白岩村"),
				tuple("白岩村", "青山乡"), tuple("青山乡", "那坡县"));
	}

	@Test
	void readsAVillageWrittenRightAfterItsCountyWhateverTheLengthOfItsName() {
		assertVillagesAndChain("湖南省湘西州花垣县双龙镇十八洞村和花垣县排达鲁村发展产业。", List.of("十八洞村", "排达鲁村"),
				tuple("十八洞村", "双龙镇"), tuple("排达鲁村", "花垣县"));
	}

	@Test
	void readsATownshipMadeATownUnderTodaysTownAndCode() {
		DocumentExtraction d = extract("河南省开封市兰考县东坝头乡张庄村开展结对帮扶。");
		ExtractedEntity town = d.entities().stream().filter((e) -> e.type() == EntityType.TOWN).findFirst().orElseThrow();
		assertThat(town).extracting(ExtractedEntity::name, ExtractedEntity::code, ExtractedEntity::aliases)
			.containsExactly("东坝头镇", "410225106", List.of("东坝头乡"));
		assertThat(locatedIn(d)).contains(tuple("张庄村", "东坝头镇"), tuple("东坝头镇", "兰考县"));
	}

	@Test
	void readsANaturalVillageInsideItsVillage() {
		assertVillagesAndChain("百色市那坡县城厢镇达腊村弄文屯群众种植八角，达腊村党小组带头。", List.of("达腊村", "弄文屯"),
				tuple("弄文屯", "达腊村"), tuple("达腊村", "城厢镇"));
	}

	@Test
	void readsNoVillageFromPhrasesAfterAPlaceNorFromABareVillageInRunningText() {
		assertThat(villages(extract("""
				凉山州昭觉县所有贫困村实现脱贫，昭觉县重点村建设加快，昭觉县美丽乡村评选，昭觉县行政村全覆盖，昭觉县各村都有产业。
				那坡县城厢镇中心村。那坡县深度贫困村。明水县部分村屯。""")))
			.isEmpty();
		assertThat(villages(extract("帮扶和平村建设，三河村群众增收，新建了白岩村。"))).isEmpty();
	}

}
