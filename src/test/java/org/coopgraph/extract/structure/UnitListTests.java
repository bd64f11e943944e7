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

	@Test
	void dropsRemarksAndReadsLeadsFromThem() {
		String s = "市科技局、市工信局（分别牵头），市农业农村局（配合，下同），各有关单位按职责分工负责，下同";
		List<UnitRef> units = UnitList.split(JoinedText.ofSpan(s, 0, s.length()), 0, s.length(), false);
		assertThat(units).extracting(UnitRef::surface).containsExactly("市科技局", "市工信局", "市农业农村局");
		assertThat(units).extracting(UnitRef::lead).containsExactly(true, true, false);
		assertThat(split("市民政局（牵头）、市水利局")).containsExactly("市民政局", "市水利局");
	}


	@Test
	void joinsABareBodyEndingToTheUnitItCloses() {
		assertThat(split("市高新区\n管委会、市财政局\n办公室")).containsExactly("市高新区管委会", "市财政局", "办公室");
	}

	@Test
	void keepsAUnitWhoseNameEndsLikeARoleWord() {
		String s = "政协办、县商务局（配合）";
		UnitGroups groups = UnitGroups.read(JoinedText.ofSpan(s, 0, s.length()), 0, s.length());
		assertThat(groups.other()).extracting(UnitRef::surface).containsExactly("政协办");
		assertThat(groups.co()).extracting(UnitRef::surface).containsExactly("县商务局");
	}

}
