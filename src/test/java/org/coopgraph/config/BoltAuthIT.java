package org.coopgraph.config;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import org.coopgraph.support.EmptyDatabaseApplication;
import org.coopgraph.support.TestDatabaseInitializer;
import org.junit.jupiter.api.Test;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;

import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The embedded database over the real neo4j-java-driver: without the password nothing gets in, neither over Bolt nor
 * over Neo4j's HTTP API; with it, reads and writes work. The generated password lives in an owner-only file that
 * later starts reuse, and {@code coopgraph.neo4j.password} replaces it.
 */
class BoltAuthIT {

	private static final String CONFIGURED = "configured-password-for-the-test";

	@Test
	void onlyTheGeneratedPasswordFromTheOwnerOnlyFileGetsIn() throws Exception {
		Path dataDir = TestDatabaseInitializer.temporaryFolder("coopgraph-auth-");
		try (ConfigurableApplicationContext context = start(dataDir, Map.of())) {
			Path file = dataDir.resolve(BoltPasswordFile.NAME);
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
			String password = Files.readString(file).strip();
			assertThat(password).hasSizeGreaterThanOrEqualTo(32);
			assertThat(Files.list(dataDir)).as("no temporary file left behind")
				.noneMatch((p) -> p.getFileName().toString().endsWith(".tmp"));
			int bolt = boltPort(context);

			assertRefused(bolt, AuthTokens.none());
			assertRefused(bolt, AuthTokens.basic("neo4j", "neo4j"));
			assertRefused(bolt, AuthTokens.basic("neo4j", password + "x"));
			assertThat(httpApiStatus(context)).as("Neo4j's HTTP API without credentials").isEqualTo(401);
			assertReadsAndWrites(bolt, password);
		}
	}

	@Test
	void aLaterStartKeepsTheGeneratedPassword() {
		Path dataDir = TestDatabaseInitializer.temporaryFolder("coopgraph-auth-");
		String first;
		try (ConfigurableApplicationContext context = start(dataDir, Map.of())) {
			first = new BoltPasswordFile(dataDir).read();
		}

		try (ConfigurableApplicationContext context = start(dataDir, Map.of())) {
			assertThat(new BoltPasswordFile(dataDir).read()).isEqualTo(first);
			assertReadsAndWrites(boltPort(context), first);
		}
	}

	@Test
	void theConfiguredPasswordReplacesTheGeneratedOneAndNothingIsWritten() {
		Path dataDir = TestDatabaseInitializer.temporaryFolder("coopgraph-auth-");
		try (ConfigurableApplicationContext context = start(dataDir,
				Map.of("coopgraph.neo4j.password", CONFIGURED))) {
			assertThat(dataDir.resolve(BoltPasswordFile.NAME)).doesNotExist();
			assertRefused(boltPort(context), AuthTokens.none());
			assertReadsAndWrites(boltPort(context), CONFIGURED);
		}

		// Without the property again, the database takes the generated password instead of the configured one.
		try (ConfigurableApplicationContext context = start(dataDir, Map.of())) {
			assertRefused(boltPort(context), AuthTokens.basic("neo4j", CONFIGURED));
			assertReadsAndWrites(boltPort(context), new BoltPasswordFile(dataDir).read());
		}
	}

	@Test
	void aStoreMadeBeforeBoltHadAPasswordGetsTheGeneratedOneAndKeepsItsData() {
		Path dataDir = TestDatabaseInitializer.temporaryFolder("coopgraph-auth-");
		DatabaseManagementService old = new DatabaseManagementServiceBuilder(dataDir)
			.setConfig(GraphDatabaseSettings.auth_enabled, false)
			.build();
		old.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME)
			.executeTransactionally("CREATE (:AuthProbe {name: '乙市'})");
		old.shutdown();

		try (ConfigurableApplicationContext context = start(dataDir, Map.of())) {
			int bolt = boltPort(context);
			assertRefused(bolt, AuthTokens.none());
			assertRefused(bolt, AuthTokens.basic("neo4j", "neo4j"));
			try (Driver driver = driver(bolt, AuthTokens.basic("neo4j", new BoltPasswordFile(dataDir).read()))) {
				assertThat(driver.executableQuery("MATCH (p:AuthProbe) RETURN p.name AS name")
					.execute()
					.records()
					.get(0)
					.get("name")
					.asString()).isEqualTo("乙市");
			}
		}
	}

	private static ConfigurableApplicationContext start(Path dataDir, Map<String, Object> properties) {
		return EmptyDatabaseApplication.start(dataDir, WebApplicationType.NONE, List.of(), properties);
	}

	private static int boltPort(ConfigurableApplicationContext context) {
		return context.getBean(CoopgraphProperties.class).neo4j().boltPort();
	}

	private static void assertRefused(int bolt, AuthToken auth) {
		try (Driver driver = driver(bolt, auth)) {
			assertThatExceptionOfType(AuthenticationException.class)
				.isThrownBy(() -> driver.executableQuery("MATCH (n) RETURN count(n)").execute());
		}
	}

	private static void assertReadsAndWrites(int bolt, String password) {
		try (Driver driver = driver(bolt, AuthTokens.basic("neo4j", password))) {
			driver.executableQuery("CREATE (:AuthProbe {name: $name})").withParameters(Map.of("name", "甲市")).execute();
			assertThat(driver.executableQuery("MATCH (p:AuthProbe) RETURN p.name AS name")
				.execute()
				.records()
				.stream()
				.map((r) -> r.get("name").asString())).contains("甲市");
			driver.executableQuery("MATCH (p:AuthProbe) DELETE p").execute();
		}
	}

	private static Driver driver(int bolt, AuthToken auth) {
		return GraphDatabase.driver("bolt://127.0.0.1:" + bolt, auth, Config.builder().withoutEncryption().build());
	}

	private static int httpApiStatus(ConfigurableApplicationContext context) throws Exception {
		int http = context.getBean(CoopgraphProperties.class).neo4j().httpPort();
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:%d/db/neo4j/tx/commit".formatted(http)))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"statements\":[{\"statement\":\"CREATE (:AuthProbe)\"}]}"))
			.build();
		try (HttpClient client = HttpClient.newHttpClient()) {
			return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		}
	}

}
