package org.coopgraph.extract.hanlp;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SimplifiedTextTests {

	private final SimplifiedText simplified = new SimplifiedText();

	@Test
	void readsATraditionalTextInSimplifiedCharactersWithTheSameOffsets() {
		String traditional = "蘇州市與銅仁市簽訂結對幫扶協議，雙方將共建產業園區。";
		String out = this.simplified.of(traditional);
		assertThat(out).isEqualTo("苏州市与铜仁市签订结对帮扶协议，双方将共建产业园区。");
		assertThat(out).hasSameSizeAs(traditional);
	}

	@Test
	void leavesASimplifiedTextAsWritten() {
		// 著 and 乾 are in the table, but a simplified text with a few of them is not traditional.
		String text = "著名的乾县苹果在西安市展销，两地签订合作协议，共建现代农业产业园。";
		assertThat(this.simplified.of(text)).isSameAs(text);
	}

	@Test
	void readsVariantCharactersAsTheirStandardFormInAnyText() {
		// 陜 is a variant of 陕 that HanLP's table leaves as written, in traditional and simplified texts alike.
		assertThat(this.simplified.of("甲市与陜西乙县结对。")).isEqualTo("甲市与陕西乙县结对。");
		String traditional = "蘇州市與陜西銅川市簽訂結對幫扶協議，雙方將共建產業園區。";
		assertThat(this.simplified.of(traditional)).isEqualTo("苏州市与陕西铜川市签订结对帮扶协议，双方将共建产业园区。");
	}

}
