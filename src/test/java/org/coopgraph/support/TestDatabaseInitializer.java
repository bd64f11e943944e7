package org.coopgraph.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the application at a fresh temporary data folder and free ports, before any bean is created. The web port
 * is chosen here rather than left random, because the embedded database is told coopgraph's address (for Neo4j
 * Browser's style and guide) before the web server starts.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	/** The API token the test application accepts for mutations. */
	public static final String API_TOKEN = "test-token-for-mutations";

	/** The one origin the test application allows cross-origin requests from. */
	public static final String ALLOWED_ORIGIN = "http://allowed.example";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("coopgraph-test", properties(temporaryFolder("coopgraph-it-"))));
	}

	public static Map<String, Object> properties(Path dataDir) {
		return Map.of("server.port", freePort(), "coopgraph.data-dir", dataDir.toString(), "coopgraph.neo4j.bolt-port",
				freePort(), "coopgraph.neo4j.http-port", freePort(), "coopgraph.import-dir", "import",
				"coopgraph.api.token", API_TOKEN, "coopgraph.api.cors-origins", ALLOWED_ORIGIN,
				// Tests that count the queries a request costs must not meet the background warm-up's; the tests that
				// need it (QueryPlanWarmupIT, LoadIT) run it themselves, and StartupReadinessIT sees a server do it.
				"coopgraph.warm-up", "false");
	}

	public static Path temporaryFolder(String prefix) {
		try {
			Path folder = Files.createTempDirectory(prefix);
			CREATED.add(folder);
			return folder;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Folders made for tests: databases preallocate hundreds of megabytes, so they go when the test JVM ends. */
	private static final List<Path> CREATED = new CopyOnWriteArrayList<>();

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(() -> CREATED.forEach(TestDatabaseInitializer::deleteQuietly),
				"coopgraph-test-cleanup"));
	}

	private static void deleteQuietly(Path folder) {
		try (Stream<Path> paths = Files.walk(folder)) {
			paths.sorted(Comparator.reverseOrder()).forEach((p) -> p.toFile().delete());
		}
		catch (IOException | UncheckedIOException ex) {
			// best effort: a folder still in use is left for the system's temp cleaner
		}
	}

	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
