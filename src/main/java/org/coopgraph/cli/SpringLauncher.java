package org.coopgraph.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.coopgraph.CoopgraphApplication;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the Spring application for a subcommand, as a web server or as a plain context. */
final class SpringLauncher {

	private SpringLauncher() {
	}

	/**
	 * Opens the database for a command that reads or writes it directly: no web server, no startup ingest, and no
	 * Bolt or HTTP port on the embedded database, so the command also works while a server holds those ports.
	 */
	static ConfigurableApplicationContext openDatabase(List<String> settings) {
		return start(WebApplicationType.NONE,
				Map.of("coopgraph.ingest-on-startup", "false", "coopgraph.neo4j.connectors", "false"),
				settings.toArray(String[]::new));
	}

	static ConfigurableApplicationContext start(WebApplicationType type, Map<String, Object> defaults,
			String... args) {
		SpringApplication application = new SpringApplication(CoopgraphApplication.class);
		application.setWebApplicationType(type);
		Map<String, Object> properties = new HashMap<>(defaults);
		// A failed start is reported once, as one line, by ErrorReporter: not also as Spring's stack trace.
		properties.putIfAbsent("logging.level.org.springframework.boot.SpringApplication", "OFF");
		application.setDefaultProperties(properties);
		return application.run(args);
	}

}
