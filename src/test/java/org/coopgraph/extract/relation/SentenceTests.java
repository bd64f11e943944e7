package org.coopgraph.extract.relation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceTests {

	@Test
	void dropsEveryRunOfWhitespaceThatHoldsALineBreak() {
		assertThat(Sentence.withoutLineBreaks("推进两地 \n  产业合作")).isEqualTo("推进两地产业合作");
		assertThat(Sentence.withoutLineBreaks("共建\r\n\t园区\n")).isEqualTo("共建园区");
	}

	@Test
	void keepsWhitespaceWithoutALineBreakAndFullWidthSpaces() {
		assertThat(Sentence.withoutLineBreaks("投资 30 亿元\n　建设")).isEqualTo("投资 30 亿元　建设");
	}

}
