package org.coopgraph.config;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.coopgraph.CoopgraphApplication;
import org.coopgraph.support.GraphQlClient;
import org.coopgraph.support.JavaProcess;
import org.coopgraph.support.StandaloneNeo4j;
import org.coopgraph.support.TestDatabaseInitializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * coopgraph pointed at an external Neo4j (a second JVM): when that database stops, health reports DOWN and queries
 * answer DATABASE_UNAVAILABLE quickly; when it comes back, coopgraph recovers without a restart.
 */
class ExternalDatabaseFaultIT {

	private Process database;

	private ConfigurableApplicationContext app;

	@AfterEach
	void stop() {
		if (this.app != null) {
			this.app.close();
		}
		if (this.database != null) {
			this.database.destroyForcibly();
		}
	}

	@Test
	void reportsTheOutageAndRecoversWhenTheDatabaseReturns() throws Exception {
		Path home = TestDatabaseInitializer.temporaryFolder("coopgraph-external-");
		int bolt = TestDatabaseInitializer.freePort();
		this.database = startDatabase(home, bolt);
		this.app = new SpringApplicationBuilder(CoopgraphApplication.class)
			// As arguments: application.properties (server.port=8080) would override default properties.
			.run("--coopgraph.neo4j.uri=bolt://127.0.0.1:" + bolt, "--server.port=0",
					"--coopgraph.ingest-on-startup=false");
		int port = ((WebServerApplicationContext) this.app).getWebServer().getPort();
		GraphQlClient graphql = new GraphQlClient(port);
		assertThat(graphql.query("{ documents { name } }").has("errors")).isFalse();
		assertThat(health(port)).isEqualTo(200);

		this.database.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		long started = System.nanoTime();
		JsonNode down = graphql.query("{ documents { name } }");
		Duration answeredIn = Duration.ofNanos(System.nanoTime() - started);

		System.out.printf("outage answered in %d ms%n", answeredIn.toMillis());
		assertThat(down.at("/errors/0/extensions/code").asString()).isEqualTo("DATABASE_UNAVAILABLE");
		assertThat(answeredIn).isLessThan(Duration.ofSeconds(12));
		assertThat(health(port)).isEqualTo(503);

		this.database = startDatabase(home, bolt);
		assertThat(eventually(() -> !graphql.query("{ documents { name } }").has("errors"))).isTrue();
		assertThat(health(port)).isEqualTo(200);
	}

	private static Process startDatabase(Path home, int bolt) throws Exception {
		Process process = JavaProcess.start(home.resolveSibling(home.getFileName() + ".log"), StandaloneNeo4j.class,
				home.toString(), String.valueOf(bolt));
		assertThat(eventually(() -> accepts(bolt))).as("external database started").isTrue();
		return process;
	}

	private static boolean accepts(int port) {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			return true;
		}
		catch (Exception ex) {
			return false;
		}
	}

	private static int health(int port) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
					HttpResponse.BodyHandlers.ofString())
			.statusCode();
	}

	private static boolean eventually(BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
		while (System.nanoTime() < deadline) {
			if (condition.getAsBoolean()) {
				return true;
			}
			Thread.sleep(250);
		}
		return false;
	}

}
