package org.coopgraph.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.coopgraph.support.CoopgraphIT;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs the GraphQL-over-HTTP audit suite of the {@code graphql-http} npm package against the running service: every
 * MUST ("error" when failed) and every SHOULD ("warn") has to pass; MAY items are informational.
 */
@CoopgraphIT
class GraphQlHttpAuditIT {

	private static final Path AUDIT = Path.of("src/test/js/graphql-http-audit");

	@LocalServerPort
	int port;

	@Test
	void passesEveryMustAndShouldOfTheGraphqlOverHttpAudit() throws Exception {
		assumeTrue(commandWorks("node", "--version"), "node is not installed: the audit needs Node.js and npm");
		if (!Files.isDirectory(AUDIT.resolve("node_modules/graphql-http"))) {
			assertThat(run(List.of("npm", "ci", "--no-audit", "--no-fund"))).as("npm ci").isZero();
		}
		Path output = Files.createTempFile("graphql-http-audit", ".json");
		ProcessBuilder audit = new ProcessBuilder("node", "audit.mjs", "http://127.0.0.1:" + this.port + "/graphql")
			.directory(AUDIT.toFile())
			.redirectOutput(output.toFile())
			.redirectError(ProcessBuilder.Redirect.INHERIT);
		Process process = audit.start();
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("audit finished in time").isTrue();

		JsonNode results = JsonMapper.builder().build().readTree(Files.readString(output, StandardCharsets.UTF_8));
		List<String> failures = results.valueStream()
			.filter((r) -> !r.get("status").asString().equals("ok") && !r.get("status").asString().equals("notice"))
			.map((r) -> r.get("name").asString() + ": " + r.get("reason").asString())
			.toList();

		assertThat(results.size()).isGreaterThan(40);
		assertThat(failures).isEmpty();
	}

	private static int run(List<String> command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).directory(AUDIT.toFile()).inheritIO().start();
		return process.waitFor(300, TimeUnit.SECONDS) ? process.exitValue() : -1;
	}

	private static boolean commandWorks(String... command) {
		try {
			return new ProcessBuilder(command).start().waitFor(30, TimeUnit.SECONDS);
		}
		catch (IOException | InterruptedException ex) {
			return false;
		}
	}

}
