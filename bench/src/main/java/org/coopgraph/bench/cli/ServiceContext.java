package org.coopgraph.bench.cli;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.coopgraph.CoopgraphApplication;
import org.coopgraph.config.BeforeStoreOpens;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The service's application context as the bench project opens it: the database only (no web server, no startup
 * ingest), with an offline import plugged in before the store opens when there is one.
 */
final class ServiceContext {

	private ServiceContext() {
	}

	static ConfigurableApplicationContext open(Optional<? extends BeforeStoreOpens> beforeStoreOpens,
			List<String> settings) {
		SpringApplicationBuilder builder = new SpringApplicationBuilder(CoopgraphApplication.class)
			.web(WebApplicationType.NONE)
			// A failed start is reported once, by the command line's error reporter, not also as a stack trace.
			.properties(Map.of("coopgraph.ingest-on-startup", "false",
					"logging.level.org.springframework.boot.SpringApplication", "OFF"));
		beforeStoreOpens.ifPresent((hook) -> builder.initializers(
				(context) -> context.getBeanFactory().registerSingleton("beforeStoreOpens", hook)));
		return builder.run(settings.toArray(String[]::new));
	}

}
