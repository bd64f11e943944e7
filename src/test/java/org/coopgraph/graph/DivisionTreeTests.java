package org.coopgraph.graph;

import org.coopgraph.extract.gazetteer.Division;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Codes in either form, ancestors up to the province, and provinces as clients name them. */
class DivisionTreeTests {

	private static final DivisionTree TREE = DivisionTree.standard();

	@Test
	void codesInTheTablesShortFormAndInSixDigitsNameTheSameDivision() {
		assertThat(TREE.division("3202")).isEqualTo(TREE.division("320200"));
		assertThat(TREE.division("3202").code()).isEqualTo("320200");
		assertThat(TREE.division("32").code()).isEqualTo("320000");
		assertThat(TREE.division("320106").name()).isEqualTo("鼓楼区");
		assertThat(TREE.division("999999")).isNull();
		assertThat(TREE.division(null)).isNull();
	}

	@Test
	void aDivisionsAncestorsLeadToItsProvince() {
		assertThat(TREE.ancestors(TREE.division("320302")).stream().map(Division::code))
			.containsExactly("320300", "320000");
		assertThat(TREE.provinceOf(TREE.division("611025101"))).isEqualTo("610000");
		assertThat(TREE.provinceOf(TREE.division("610000"))).isEqualTo("610000");
	}

	@Test
	void aProvinceIsNamedWithOrWithoutItsSuffixOrByCode() {
		assertThat(TREE.provinceCode("province", "江苏")).isEqualTo("320000");
		assertThat(TREE.provinceCode("province", "江苏省")).isEqualTo("320000");
		assertThat(TREE.provinceCode("province", "320000")).isEqualTo("320000");
		assertThat(TREE.provinceCode("province", "广西")).isEqualTo("450000");
		assertThatThrownBy(() -> TREE.provinceCode("province", "江苏州")).isInstanceOf(UnknownProvinceException.class)
			.hasMessageContaining("'province'")
			.hasMessageContaining("江苏州")
			.hasMessageContaining("江苏 or 江苏省")
			.hasMessageContaining("320000");
		assertThatThrownBy(() -> TREE.provinceCode("province", "320200")).isInstanceOf(UnknownProvinceException.class);
	}

}
