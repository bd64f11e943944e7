package org.coopgraph.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Gives every {@link CoopgraphIT} test a {@link GraphQlClient} for the application's own web server. The port is
 * read at each request because the server starts after the beans are made.
 */
@TestConfiguration(proxyBeanMethods = false)
class LocalGraphQlClient {

	@Bean
	GraphQlClient localGraphQlClient(Environment environment) {
		return new GraphQlClient(() -> environment.getRequiredProperty("local.server.port", Integer.class));
	}

}
