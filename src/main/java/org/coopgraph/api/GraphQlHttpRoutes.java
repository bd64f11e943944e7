package org.coopgraph.api;

import java.nio.charset.StandardCharsets;

import graphql.schema.idl.DirectiveInfo;
import graphql.schema.idl.SchemaPrinter;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The GraphQL endpoint's routes beside Spring's POST: queries over GET ({@link GraphQlGetHandler}) and the schema as
 * an SDL file for code generators and IDE plugins. Ordered before Spring's own routes, which answer GET with 405.
 */
@Configuration(proxyBeanMethods = false)
// Offline commands (ingest, export, remove) start no web server, so there is no WebGraphQlHandler to serve GET.
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class GraphQlHttpRoutes {

	static final String SCHEMA_FILE = "/graphql/schema.graphqls";

	@Bean
	@Order(-1)
	RouterFunction<ServerResponse> graphQlGetRoutes(GraphQlGetHandler handler, GraphQlSource source) {
		// The schema does not change while the server runs: print it once.
		String sdl = new SchemaPrinter(SchemaPrinter.Options.defaultOptions()
			.includeDirectives((name) -> !DirectiveInfo.isGraphqlSpecifiedDirective(name)))
			.print(source.schema());
		MediaType sdlType = new MediaType("text", "plain", StandardCharsets.UTF_8);
		return RouterFunctions.route()
			.GET("/graphql", handler::handle)
			.GET(SCHEMA_FILE, (request) -> ServerResponse.ok().contentType(sdlType).body(sdl))
			.build();
	}

}
