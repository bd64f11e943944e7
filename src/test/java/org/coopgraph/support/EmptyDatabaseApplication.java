package org.coopgraph.support;

import java.util.HashMap;
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
		SpringApplication application = new SpringApplication(CoopgraphApplication.class);
		application.setWebApplicationType(type);
		Map<String, Object> properties = new HashMap<>(
				TestDatabaseInitializer.properties(TestDatabaseInitializer.temporaryFolder(folderPrefix)));
		properties.put("coopgraph.ingest-on-startup", "false");
		application.setDefaultProperties(properties);
		return application.run();
	}

}
