package org.coopgraph.config;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BrowserIntegrationTests {

	private static final BrowserStyle STYLE = BrowserStyle.parse("node.City { color: #4C8EDA; caption: \"{name}\"; }");

	@Test
	void appliesTheStyleInlineClearsItsFrameAndOpensTheGuideOnCoopgraphsOwnPort() {
		BrowserIntegration browser = BrowserIntegration.of("127.0.0.1", 8080, STYLE);

		assertThat(browser.postConnectCommand())
			.isEqualTo("style {\"node.City\":{\"color\":\"#4C8EDA\",\"caption\":\"{name}\"}}; clear; "
					+ "play http://127.0.0.1:8080/browser/guide.html");
		assertThat(browser.remoteContentHosts()).isEqualTo("localhost,127.0.0.1");
	}

	@Test
	void reachesAWildcardBindingThroughLoopback() {
		assertThat(BrowserIntegration.of("0.0.0.0", 9090, STYLE).baseUrl()).isEqualTo("http://127.0.0.1:9090");
		assertThat(BrowserIntegration.of("", 9090, STYLE).baseUrl()).isEqualTo("http://127.0.0.1:9090");
	}

	@Test
	void allowsContentFromANamedHostTooAndBracketsIpv6() {
		assertThat(BrowserIntegration.of("10.0.0.5", 8080, STYLE).remoteContentHosts())
			.isEqualTo("localhost,127.0.0.1,10.0.0.5");
		assertThat(BrowserIntegration.of("::1", 8080, STYLE).baseUrl()).isEqualTo("http://[::1]:8080");
	}

	@Test
	void sendsNoCommandWhenThePortIsPickedAtRandom() {
		assertThat(BrowserIntegration.of("127.0.0.1", 0, STYLE).postConnectCommand()).isEmpty();
	}

}
