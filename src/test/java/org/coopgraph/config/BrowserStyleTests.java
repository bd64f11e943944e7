package org.coopgraph.config;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BrowserStyleTests {

	@Test
	void readsCoopgraphsStylesheetWithEveryEntityTypeAndTheFundingCaption() {
		BrowserStyle style = BrowserStyle.coopgraphs();

		assertThat(style.rules()).containsKeys("node", "node.City", "node.Department", "node.Task", "relationship",
				"relationship.FUNDS");
		assertThat(style.rules().get("node.City")).containsEntry("color", "#4C8EDA").containsEntry("diameter", "80px");
		assertThat(style.rules().get("node.Task")).containsEntry("caption", "{taskId}");
		assertThat(style.rules().get("relationship.FUNDS")).containsEntry("caption", "{amountCny}");
	}

	@Test
	void givesJsonWithoutSemicolonsOrLineBreaksSoThePostConnectSettingKeepsItWhole() {
		String json = BrowserStyle.coopgraphs().json();

		assertThat(json).startsWith("{\"node\":{").doesNotContain(";").doesNotContain("\n");
	}

	@Test
	void keepsBracesInsideQuotedValuesAndDropsTheQuotes() {
		BrowserStyle style = BrowserStyle.parse("""
				relationship.FUNDS {
				  caption: '{amountCny}';
				  shaft-width: 5px
				}
				""");

		assertThat(style.rules().get("relationship.FUNDS")).containsEntry("caption", "{amountCny}")
			.containsEntry("shaft-width", "5px");
	}

	@Test
	void refusesAStylesheetWithoutRules() {
		assertThatIllegalArgumentException().isThrownBy(() -> BrowserStyle.parse("not a stylesheet"))
			.withMessageContaining("no rules");
	}

}
