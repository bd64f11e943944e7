package org.coopgraph.support;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.coopgraph.CoopgraphApplication;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the application on a fresh database of its own, with no startup ingest, for tests that the shared test
 * context cannot serve: the bulk path needs an empty database. The caller closes it.
 */
public final class EmptyDatabaseApplication {

	private EmptyDatabaseApplication() {
	}

	public static ConfigurableApplicationContext start(String folderPrefix, WebApplicationType type) {
		return start(TestDatabaseInitializer.temporaryFolder(folderPrefix), type, List.of());
	}

	/** Starts on {@code dataDir}, with {@code beans} registered first, as the command line registers them. */
	public static ConfigurableApplicationContext start(Path dataDir, WebApplicationType type, List<Object> beans) {
		return start(dataDir, type, beans, Map.of());
	}

	/** Starts on {@code dataDir} with {@code extraProperties} added to (or replacing) the test properties. */
	public static ConfigurableApplicationContext start(Path dataDir, WebApplicationType type, List<Object> beans,
			Map<String, Object> extraProperties) {
		SpringApplication application = new SpringApplication(CoopgraphApplication.class);
		application.setWebApplicationType(type);
		application.addInitializers((context) -> beans
			.forEach((bean) -> context.getBeanFactory().registerSingleton(bean.getClass().getName(), bean)));
		Map<String, Object> properties = new HashMap<>(TestDatabaseInitializer.properties(dataDir));
		properties.put("coopgraph.ingest-on-startup", "false");
		properties.putAll(extraProperties);
		// As arguments, not default properties: application.properties (server.port=8080) would override those.
		return application.run(properties.entrySet()
			.stream()
			.map((property) -> "--" + property.getKey() + "=" + property.getValue())
			.toArray(String[]::new));
	}

}
