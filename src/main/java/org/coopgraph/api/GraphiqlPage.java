package org.coopgraph.api;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Serves the bundled, offline GraphiQL page at {@code /graphiql} (its scripts come from WebJars, not a CDN). */
@Configuration(proxyBeanMethods = false)
class GraphiqlPage implements WebMvcConfigurer {

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addViewController("/graphiql").setViewName("forward:/graphiql/index.html");
		registry.addViewController("/graphiql/").setViewName("forward:/graphiql/index.html");
	}

}
