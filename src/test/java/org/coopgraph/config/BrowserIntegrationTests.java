package org.coopgraph.config;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BrowserIntegrationTests {

	@Test
	void pointsBrowserAtTheStyleAndGuideOnCoopgraphsOwnPort() {
		BrowserIntegration browser = BrowserIntegration.of("127.0.0.1", 8080);

		assertThat(browser.postConnectCommand()).isEqualTo(
				"play http://127.0.0.1:8080/browser/guide.html; style http://127.0.0.1:8080/browser/style.grass");
		assertThat(browser.remoteContentHosts()).isEqualTo("localhost,127.0.0.1");
	}

	@Test
	void reachesAWildcardBindingThroughLoopback() {
		assertThat(BrowserIntegration.of("0.0.0.0", 9090).baseUrl()).isEqualTo("http://127.0.0.1:9090");
		assertThat(BrowserIntegration.of("", 9090).baseUrl()).isEqualTo("http://127.0.0.1:9090");
	}

	@Test
	void allowsContentFromANamedHostTooAndBracketsIpv6() {
		assertThat(BrowserIntegration.of("10.0.0.5", 8080).remoteContentHosts())
			.isEqualTo("localhost,127.0.0.1,10.0.0.5");
		assertThat(BrowserIntegration.of("::1", 8080).baseUrl()).isEqualTo("http://[::1]:8080");
	}

	@Test
	void sendsNoCommandWhenThePortIsPickedAtRandom() {
		assertThat(BrowserIntegration.of("127.0.0.1", 0).postConnectCommand()).isEmpty();
	}

}
