package org.coopgraph.config;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Cross-origin access to the GraphQL endpoint: only the origins listed in {@code coopgraph.api.cors-origins} (none by
 * default, so browsers allow only same-origin pages such as the bundled explorer and GraphiQL).
 */
@Configuration(proxyBeanMethods = false)
class CorsConfiguration implements WebMvcConfigurer {

	private final List<String> origins;

	CorsConfiguration(@Value("${coopgraph.api.cors-origins:}") List<String> origins) {
		this.origins = origins.stream().map(String::strip).filter((o) -> !o.isEmpty()).toList();
	}

	@Override
	public void addCorsMappings(CorsRegistry registry) {
		if (!this.origins.isEmpty()) {
			registry.addMapping("/graphql")
				.allowedOrigins(this.origins.toArray(String[]::new))
				.allowedMethods("GET", "POST")
				.allowedHeaders("Content-Type", "Accept", "Authorization", "If-None-Match")
				.exposedHeaders("ETag")
				.maxAge(3600);
		}
	}

}
