package org.coopgraph.extract.relation;

import org.coopgraph.extract.text.MatchStarts;
import org.junit.jupiter.api.Test;

class PlacementRuleTests {

	@Test
	void everyCoBuildingStatementStartsWhereItIsLookedFor() {
		MatchStarts.assertLeads(PlacementRule.CO_BUILD_START, PlacementRule.CO_BUILD_CONTEXT);
	}

}
