package org.coopgraph.extract.gazetteer;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The former-names table is checked against the division table as it loads. */
class FormerNamesTests {

	private static final Division LISHUI = new Division("320117", "溧水区", Division.Level.COUNTY, "320100");

	private static final Map<String, Division> BY_CODE = Map.of(LISHUI.code(), LISHUI);

	@Test
	void tiesAFormerNameToTodaysDivision() {
		List<FormerNames.Renamed> renamed = FormerNames.read(List.<String[]>of(new String[] { "溧水县", "320117", "溧水区" }),
				BY_CODE, Set.of("溧水区"));
		assertThat(renamed).containsExactly(new FormerNames.Renamed("溧水县", LISHUI));
	}

	@Test
	void refusesACodeThatDoesNotNameTodaysDivision() {
		assertThatIllegalStateException()
			.isThrownBy(() -> FormerNames.read(List.<String[]>of(new String[] { "溧水县", "320117", "高淳区" }), BY_CODE,
					Set.of()))
			.withMessageContaining("溧水县")
			.withMessageContaining("not 高淳区");
		assertThatIllegalStateException()
			.isThrownBy(() -> FormerNames.read(List.<String[]>of(new String[] { "溧水县", "999999", "溧水区" }), BY_CODE,
					Set.of()))
			.withMessageContaining("no division");
	}

	@Test
	void refusesAFormerNameThatNamesAnotherPlaceToday() {
		assertThatIllegalStateException()
			.isThrownBy(() -> FormerNames.read(List.<String[]>of(new String[] { "溧水区", "320117", "溧水区" }), BY_CODE,
					Set.of("溧水区")))
			.withMessageContaining("former name 溧水区 is the name of");
	}

}
