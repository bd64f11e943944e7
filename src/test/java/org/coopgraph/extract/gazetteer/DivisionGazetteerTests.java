package org.coopgraph.extract.gazetteer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DivisionGazetteerTests {

	private static final DivisionGazetteer GAZETTEER = DivisionGazetteer.load();

	@Test
	void walksFromATownOfACityWithoutCountiesUpToItsProvince() {
		// 中山市 is listed again as its own county under the same official code; that row must not be its own parent.
		Division town = GAZETTEER.fullNames().get("小榄镇").get(0);
		Division city = GAZETTEER.ancestor(town, Division.Level.CITY);
		assertThat(city.name()).isEqualTo("中山市");
		assertThat(GAZETTEER.ancestor(town, Division.Level.PROVINCE).name()).isEqualTo("广东省");
		assertThat(GAZETTEER.contains(GAZETTEER.fullNames().get("潮州市").get(0), town)).isFalse();
	}

	@Test
	void leavesZonesListedAmongCountiesAndTownsToTheNameRules() {
		// The table lists development zones under cities and counties (石家庄高新技术产业开发区); they are parks.
		assertThat(GAZETTEER.byCode("130171")).isNotNull();
		assertThat(GAZETTEER.fullNames().get("石家庄高新技术产业开发区")).isEmpty();
		assertThat(GAZETTEER.fullNames().get("石家庄市")).isNotEmpty();
	}

}
