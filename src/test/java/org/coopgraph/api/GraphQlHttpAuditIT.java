package org.coopgraph.api;

import java.util.List;

import org.coopgraph.support.CoopgraphIT;
import org.coopgraph.support.NodePackage;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the GraphQL-over-HTTP audit suite of the {@code graphql-http} npm package against the running service: every
 * MUST ("error" when failed) and every SHOULD ("warn") has to pass; MAY items are informational.
 */
@CoopgraphIT
class GraphQlHttpAuditIT {

	@LocalServerPort
	int port;

	@Test
	void passesEveryMustAndShouldOfTheGraphqlOverHttpAudit() {
		NodePackage audit = NodePackage.installed("graphql-http-audit");

		String printed = audit.run("audit.mjs", "http://127.0.0.1:" + this.port + "/graphql");

		JsonNode results = JsonMapper.builder().build().readTree(printed);
		List<String> failures = results.valueStream()
			.filter((r) -> !r.get("status").asString().equals("ok") && !r.get("status").asString().equals("notice"))
			.map((r) -> r.get("name").asString() + ": " + r.get("reason").asString())
			.toList();

		assertThat(results.size()).isGreaterThan(40);
		assertThat(failures).isEmpty();
	}

}
