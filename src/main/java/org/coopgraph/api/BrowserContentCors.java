package org.coopgraph.api;

import java.util.LinkedHashSet;
import java.util.Set;

import org.coopgraph.config.CoopgraphProperties;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets Neo4j Browser, served by the embedded database on its own HTTP port (another origin), fetch coopgraph's
 * Browser style and guide under {@code /browser/**}. Only GET from the database's HTTP origins is allowed; the GraphQL
 * endpoint and the explorer stay same-origin.
 */
@Configuration(proxyBeanMethods = false)
class BrowserContentCors implements WebMvcConfigurer {

	private final CoopgraphProperties.Neo4j neo4j;

	BrowserContentCors(CoopgraphProperties properties) {
		this.neo4j = properties.neo4j();
	}

	@Override
	public void addCorsMappings(CorsRegistry registry) {
		registry.addMapping("/browser/**").allowedOrigins(browserOrigins().toArray(String[]::new)).allowedMethods("GET");
	}

	private Set<String> browserOrigins() {
		int port = this.neo4j.httpPort();
		Set<String> origins = new LinkedHashSet<>();
		origins.add("http://127.0.0.1:" + port);
		origins.add("http://localhost:" + port);
		String host = this.neo4j.listenAddress();
		origins.add("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port);
		return origins;
	}

}
