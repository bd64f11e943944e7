package org.coopgraph.extract.relation;

import org.coopgraph.extract.text.LeadingChars;
import org.coopgraph.extract.text.MatchStarts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AmountReaderTests {

	private final AmountReader reader = new AmountReader();

	@Test
	void readsYuanWithChineseUnits() {
		assertThat(this.reader.first("总投资约5.6亿元").yuan()).isEqualTo(560_000_000L);
		assertThat(this.reader.first("投入140万元援建资金").yuan()).isEqualTo(1_400_000L);
		assertThat(this.reader.first("帮扶款共19万元").yuan()).isEqualTo(190_000L);
	}

	@Test
	void takesTheUpperBoundOfARange() {
		assertThat(this.reader.first("每年安排3-5万元").yuan()).isEqualTo(50_000L);
	}

	@Test
	void ignoresNumbersThatAreNotMoney() {
		assertThat(this.reader.first("引进项目10个，培训200人")).isNull();
	}

	@Test
	void everyAmountStartsWithADigit() {
		MatchStarts.assertLeads(LeadingChars.DIGITS, AmountReader.AMOUNT);
	}

	@Test
	void readsApproximateAmountsAndEveryAmountOfAText() {
		assertThat(this.reader.all("投入资金2亿余元，捐款捐物达3200余万元")).extracting(AmountReader.Amount::yuan)
			.containsExactly(200_000_000L, 32_000_000L);
	}

}
