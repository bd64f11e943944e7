package org.coopgraph.extract.text;

import org.coopgraph.extract.model.Evidence;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PinyinGlossesTests {

	@Test
	void removesGlossesAfterCharacters() {
		assertThat(PinyinGlosses.removedFrom("山海協(xié)作產業(yè)園區(qū)").text()).isEqualTo("山海協作產業園區");
		assertThat(PinyinGlosses.removedFrom("鎮（zhen）江").text()).isEqualTo("鎮江");
	}

	@Test
	void keepsBracketsThatAreNoGloss() {
		for (String text : new String[] { "某县（如皋）产业园", "附件(2)", "数据(GDP)", "长度(km)", "see (xie) here" }) {
			assertThat(PinyinGlosses.removedFrom(text).text()).isEqualTo(text);
		}
	}

	@Test
	void everyGlossStartsWhereItIsLookedFor() {
		// The look-behind wants a Chinese character before the gloss.
		MatchStarts.assertLeads(PinyinGlosses.GLOSS_START, PinyinGlosses.GLOSS, "協");
	}

	@Test
	void movesEvidenceBackIntoTheWrittenText() {
		String written = "甲協(xié)作乙，丙。";
		PinyinGlosses glosses = PinyinGlosses.removedFrom(written);
		int start = glosses.text().indexOf('協');
		Evidence e = glosses.inWrittenText(new Evidence("協作乙", start, start + 3));
		assertThat(written.substring(e.start(), e.end())).isEqualTo("協(xié)作乙");
		assertThat(glosses.inWrittenText(Evidence.NONE)).isEqualTo(Evidence.NONE);
	}

}
