package org.coopgraph.config;

import java.util.concurrent.TimeUnit;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one driver the application uses, pointed at the embedded database's Bolt port or at the external
 * {@code coopgraph.neo4j.uri}, with the embedded database's {@link BoltCredentials} or the configured user and
 * password of the external one. Everything else (Spring Data Neo4j, health, the writers) goes through it, so embedded
 * and external runs share one code path.
 */
@Configuration(proxyBeanMethods = false)
class Neo4jDriverConfiguration {

	@Bean(destroyMethod = "close")
	Driver neo4jDriver(CoopgraphProperties properties, ObjectProvider<DatabaseManagementService> embedded,
			ObjectProvider<BoltCredentials> embeddedCredentials) {
		CoopgraphProperties.Neo4j neo4j = properties.neo4j();
		// Resolving the provider starts the embedded database first and stops it after the driver closes.
		boolean isEmbedded = embedded.getIfAvailable() != null;
		String uri = isEmbedded ? "bolt://%s:%d".formatted(neo4j.listenAddress(), neo4j.boltPort()) : neo4j.uri();
		AuthToken auth;
		if (isEmbedded) {
			auth = embeddedCredentials.getObject().authToken();
		}
		else {
			auth = neo4j.password().isBlank() ? AuthTokens.none() : AuthTokens.basic(neo4j.user(), neo4j.password());
		}
		Config config = Config.builder()
			.withConnectionTimeout(5, TimeUnit.SECONDS)
			.withConnectionAcquisitionTimeout(10, TimeUnit.SECONDS)
			.withMaxConnectionPoolSize(100)
			.withoutEncryption()
			.build();
		return GraphDatabase.driver(uri, auth, config);
	}

}
