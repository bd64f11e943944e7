package org.coopgraph.config;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

class ListenAddressPolicyTests {

	@Test
	void allowsEverythingOnLoopbackWithoutCredentials() {
		assertThatNoException().isThrownBy(() -> policy("127.0.0.1", "", "127.0.0.1", "").check());
	}

	@Test
	void letsTheDatabaseListenElsewhereSinceItAlwaysRequiresItsPassword() {
		assertThatNoException().isThrownBy(() -> policy("0.0.0.0", "", "127.0.0.1", "").check());
	}

	@Test
	void refusesToExposeTheApiWithoutAToken() {
		assertThatIllegalStateException().isThrownBy(() -> policy("127.0.0.1", "", "0.0.0.0", "").check())
			.withMessageContaining("coopgraph.api.token");
	}

	@Test
	void allowsOtherAddressesOnceCredentialsAreSet() {
		assertThatNoException().isThrownBy(() -> policy("0.0.0.0", "pw", "0.0.0.0", "token").check());
	}

	private static ListenAddressPolicy policy(String neo4jAddress, String password, String serverAddress,
			String token) {
		CoopgraphProperties properties = new CoopgraphProperties(Path.of("data"), Path.of("import"), true,
				new CoopgraphProperties.Neo4j("", "neo4j", password, neo4jAddress, 7687, 7474, "256m", false),
				new CoopgraphProperties.Api(token, 10, 12, 100, 1000, 50), DataSize.ofMegabytes(300));
		return new ListenAddressPolicy(properties, serverAddress);
	}

}
