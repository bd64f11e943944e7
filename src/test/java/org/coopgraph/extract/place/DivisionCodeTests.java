package org.coopgraph.extract.place;

import java.util.List;

import org.coopgraph.extract.PlaceCodes;
import org.coopgraph.extract.SharedExtractor;
import org.coopgraph.extract.gazetteer.Division;
import org.coopgraph.extract.gazetteer.DivisionGazetteer;
import org.coopgraph.extract.model.DocumentExtraction;
import org.coopgraph.extract.model.EntityType;
import org.coopgraph.extract.model.ExtractedEntity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Places the extractor resolves against the division table carry their official code. */
class DivisionCodeTests {

	private static final DivisionGazetteer GAZETTEER = DivisionGazetteer.load();

	private static ExtractedEntity entity(DocumentExtraction d, String name) {
		return d.entities().stream().filter((e) -> e.name().equals(name)).findFirst().orElseThrow(
				() -> new AssertionError(name + " not among " + d.entities()));
	}

	@Test
	void givesEveryResolvedPlaceItsSixDigitOrLongerCode() {
		DocumentExtraction d = SharedExtractor.INSTANCE.extract("codes.txt",
				"无锡市与连云港市结对合作。江阴市与灌云县共建工业园区，东海县黄川镇参与。");
		assertThat(entity(d, "无锡市").code()).isEqualTo("320200");
		assertThat(entity(d, "连云港市").code()).isEqualTo("320700");
		assertThat(entity(d, "江阴市").code()).isEqualTo("320281");
		assertThat(entity(d, "灌云县").code()).isEqualTo("320723");
		assertThat(entity(d, "黄川镇").code()).hasSize(9).startsWith("320722");
		assertThat(d.entities()).filteredOn((e) -> e.type() == EntityType.CITY || e.type() == EntityType.COUNTY)
			.allSatisfy((e) -> assertThat(e.ambiguous()).isFalse());
	}

	@Test
	void leavesBodiesAndPlacesOutsideTheTableWithoutACode() {
		DocumentExtraction d = SharedExtractor.INSTANCE.extract("nocode.txt", "无锡市发展和改革委员会赴连云港市调研。");
		assertThat(entity(d, "无锡市发展和改革委员会").code()).isNull();
		assertThat(entity(d, "无锡市发展和改革委员会").candidates()).isEmpty();
	}

	@Test
	void writesProvincesAndCitiesWithTheirOfficialSixDigits() {
		Division wuxi = GAZETTEER.byCode("320200");
		assertThat(wuxi.name()).isEqualTo("无锡市");
		assertThat(GAZETTEER.parent(wuxi).code()).isEqualTo("320000");
		assertThat(GAZETTEER.byCode("320100").firstCityOfProvince()).isTrue();
		assertThat(wuxi.firstCityOfProvince()).isFalse();
	}

	@Test
	void resolvesANameOncePerDocument() {
		Division nanjing = GAZETTEER.byCode("320106");
		Division xuzhou = GAZETTEER.byCode("320302");
		PlaceCodes agreeing = new PlaceCodes();
		agreeing.add(nanjing, List.of());
		agreeing.add(null, List.of(nanjing, xuzhou));
		assertThat(agreeing.entity("鼓楼区", EntityType.COUNTY, List.of()).code()).isEqualTo("320106");

		PlaceCodes conflicting = new PlaceCodes();
		conflicting.add(nanjing, List.of());
		conflicting.add(xuzhou, List.of());
		ExtractedEntity both = conflicting.entity("鼓楼区", EntityType.COUNTY, List.of());
		assertThat(both.ambiguous()).isTrue();
		assertThat(both.candidates()).containsExactly("320106", "320302");
	}

}
