package org.coopgraph.extract.stage;

import org.coopgraph.extract.DocumentContext;
import org.coopgraph.extract.gazetteer.Division;
import org.coopgraph.extract.gazetteer.DivisionGazetteer;
import org.coopgraph.extract.model.EntityType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnitNamerTests {

	private static final DivisionGazetteer GAZETTEER = StageFixtures.GAZETTEER;

	private static final UnitNamer NAMER = StageFixtures.NAMER;

	private static DocumentContext homeIn(String name) {
		Division home = GAZETTEER.lookup(name).get(0);
		Division city = home.level() == Division.Level.CITY || home.name().endsWith("市") ? home : GAZETTEER.parent(home);
		return new DocumentContext("", "", home, city, GAZETTEER.ancestor(home, Division.Level.PROVINCE));
	}

	@Test
	void expandsAbbreviationsForTheHomeCity() {
		DocumentContext ctx = homeIn("徐州市");
		assertThat(NAMER.name("市发改委", ctx).canonical()).isEqualTo("徐州市发展和改革委员会");
		assertThat(NAMER.name("市人社局", ctx).canonical()).isEqualTo("徐州市人力资源和社会保障局");
		assertThat(NAMER.name("市委编办", ctx).canonical()).isEqualTo("中共徐州市委机构编制委员会办公室");
		assertThat(NAMER.name("省政府", ctx).canonical()).isEqualTo("江苏省人民政府");
	}

	@Test
	void namesBodiesWithoutPlaceAfterACountyLevelCity() {
		DocumentContext ctx = homeIn("昆山市");
		assertThat(NAMER.name("组织部", ctx).canonical()).isEqualTo("中共昆山市委组织部");
		assertThat(NAMER.name("团委", ctx).canonical()).isEqualTo("共青团昆山市委员会");
		assertThat(NAMER.name("政协办", ctx).canonical()).isEqualTo("政协昆山市委员会办公室");
		assertThat(NAMER.name("卫健委", ctx).canonical()).isEqualTo("昆山市卫生健康委员会");
	}

	@Test
	void keepsAnotherPlaceNamedInTheUnit() {
		DocumentContext ctx = homeIn("徐州市");
		assertThat(NAMER.name("宿迁市发改委", ctx).canonical()).isEqualTo("宿迁市发展和改革委员会");
	}

	@Test
	void typesPlacesParksAndInstitutions() {
		DocumentContext ctx = homeIn("徐州市");
		assertThat(NAMER.name("铜山区", ctx).type()).isEqualTo(EntityType.COUNTY);
		assertThat(NAMER.name("徐州工业园区", ctx).type()).isEqualTo(EntityType.PARK);
		assertThat(NAMER.name("交通控股集团", ctx).type()).isEqualTo(EntityType.ENTERPRISE);
		assertThat(NAMER.name("中国矿业大学", ctx).type()).isEqualTo(EntityType.ORGANIZATION);
		assertThat(NAMER.name("新城街道", ctx).type()).isEqualTo(EntityType.TOWN);
	}

	@Test
	void decidesAPlaceNameSeveralDivisionsShareByTheHomePlaceOrFlagsIt() {
		assertThat(NAMER.name("鼓楼区", homeIn("徐州市")).division().code()).isEqualTo("320302");
		assertThat(NAMER.name("鼓楼区", homeIn("南京市")).division().code()).isEqualTo("320106");

		Division jiangsu = GAZETTEER.lookup("江苏省").get(0);
		UnitNamer.Named inProvince = NAMER.name("鼓楼区", new DocumentContext("", "", jiangsu, null, jiangsu));
		assertThat(inProvince.division()).as("two 鼓楼区 in 江苏: no guess").isNull();
		assertThat(inProvince.canonical()).isEqualTo("鼓楼区");
		assertThat(inProvince.type()).isEqualTo(EntityType.COUNTY);
		assertThat(inProvince.candidates()).extracting(Division::code).containsExactly("320106", "320302");

		assertThat(NAMER.name("鼓楼区", DocumentContext.UNKNOWN).candidates()).extracting(Division::code)
			.containsExactlyInAnyOrder("320106", "320302", "350102", "410204");
	}

	@Test
	void namesABodyAfterASharedPlaceNameOnlyWhenTheNamesakesAgreeOnTheName() {
		assertThat(NAMER.departmentName("鼓楼区发改委", DocumentContext.UNKNOWN)).isEqualTo("鼓楼区发展和改革委员会");
		assertThat(NAMER.departmentName("朝阳发改委", DocumentContext.UNKNOWN)).as("朝阳区, 朝阳市 or 朝阳县")
			.isEqualTo("朝阳发改委");
		assertThat(NAMER.departmentName("朝阳发改委", homeIn("朝阳市"))).isEqualTo("朝阳市发展和改革委员会");
	}

}
