package org.coopgraph.api;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves Neo4j Browser's own files (the {@code neo4j-browser} jar's {@code browser/} folder) under
 * {@code /neo4j-browser/}, on coopgraph's origin rather than the database's HTTP port: there coopgraph's page can
 * hand Browser the Bolt credentials through local storage, which is per origin.
 */
@Configuration(proxyBeanMethods = false)
class Neo4jBrowserAssets implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/neo4j-browser/**").addResourceLocations("classpath:/browser/");
	}

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addViewController("/neo4j-browser/").setViewName("forward:/neo4j-browser/index.html");
	}

}
