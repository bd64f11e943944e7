package org.coopgraph.api;

import java.nio.file.Path;

import org.coopgraph.config.CoopgraphProperties;
import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

class MutationGuardTests {

	@Test
	void disablesMutationsWhenNoTokenIsConfigured() {
		MutationGuard guard = new MutationGuard(properties(""));

		assertThatThrownBy(() -> guard.check("anything")).hasMessageContaining("coopgraph.api.token");
	}

	@Test
	void acceptsOnlyTheConfiguredToken() {
		MutationGuard guard = new MutationGuard(properties("s3cret"));

		assertThatNoException().isThrownBy(() -> guard.check("s3cret"));
		assertThatThrownBy(() -> guard.check("s3cre")).isInstanceOf(ApiException.class);
		assertThatThrownBy(() -> guard.check(null)).isInstanceOf(ApiException.class);
	}

	private static CoopgraphProperties properties(String token) {
		return new CoopgraphProperties(Path.of("data"), Path.of("import"), true,
				new CoopgraphProperties.Neo4j("", "neo4j", "", "127.0.0.1", 7687, 7474, "256m", false),
				new CoopgraphProperties.Api(token, 10, 12, 100, 1000, 50), DataSize.ofMegabytes(300));
	}

}
