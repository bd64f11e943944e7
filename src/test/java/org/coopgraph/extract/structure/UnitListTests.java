package org.coopgraph.extract.structure;

import java.util.List;

import org.coopgraph.extract.text.JoinedText;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnitListTests {

	private static List<String> split(String s) {
		JoinedText j = JoinedText.ofSpan(s, 0, s.length());
		return UnitList.split(j, 0, s.length(), false).stream().map(UnitRef::surface).toList();
	}

	@Test
	void keepsBracketsWholeAndDropsCollectiveUnits() {
		assertThat(split("市发改委、海州区（高新区）、各结对镇（区、街道），市财政局等"))
			.containsExactly("市发改委", "海州区（高新区）", "市财政局");
	}

	@Test
	void dropsFunctionalBoardsAndRelatedCounties() {
		assertThat(split("市工信局；相关县区、各县区、功能板块")).containsExactly("市工信局");
	}

	@Test
	void dropsTheFirmsOwnedByAGovernmentAsAGroup() {
		assertThat(split("市国资委、县属国有企业，市交通局")).containsExactly("市国资委", "市交通局");
	}

}
