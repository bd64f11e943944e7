package org.coopgraph.extract.time;

import org.coopgraph.extract.text.MatchStarts;
import org.junit.jupiter.api.Test;

class YearMentionTests {

	@Test
	void everyYearStartsWhereItIsLookedFor() {
		MatchStarts.assertLeads(YearMention.YEAR_START, YearMention.YEAR);
	}

}
