package org.coopgraph.cli;

import java.util.Map;

import org.coopgraph.CoopgraphApplication;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the Spring application for a subcommand, as a web server or as a plain context. */
final class SpringLauncher {

	private SpringLauncher() {
	}

	static ConfigurableApplicationContext start(WebApplicationType type, Map<String, Object> defaults,
			String... args) {
		SpringApplication application = new SpringApplication(CoopgraphApplication.class);
		application.setWebApplicationType(type);
		application.setDefaultProperties(defaults);
		return application.run(args);
	}

}
