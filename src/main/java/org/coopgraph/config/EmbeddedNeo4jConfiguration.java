package org.coopgraph.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.fleetmanagement.FleetManagementSettings;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.server.configuration.ServerSettings;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts coopgraph's own Neo4j inside the JVM, persisted under {@code coopgraph.data-dir}, with Bolt and HTTP
 * (Neo4j Browser) on the configured address, or with no port at all ({@value #CONNECTORS}). Active only when no
 * external {@code coopgraph.neo4j.uri} is set. A {@link BeforeStoreOpens} bean, when one is registered, may write the
 * store before the database starts on it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${coopgraph.neo4j.uri:}'.isBlank()")
class EmbeddedNeo4jConfiguration {

	/**
	 * Whether the embedded database opens its Bolt and HTTP ports (default true). The offline commands turn them off:
	 * they work inside this JVM, and must work while another process holds those ports.
	 */
	static final String CONNECTORS = "coopgraph.neo4j.connectors";

	@Bean(destroyMethod = "shutdown")
	DatabaseManagementService databaseManagementService(CoopgraphProperties properties,
			ListenAddressPolicy listenAddressPolicy, @Value("${server.address:}") String serverAddress,
			@Value("${server.port:8080}") int serverPort,
			@Value("${" + CONNECTORS + ":true}") boolean connectors, ObjectProvider<BeforeStoreOpens> beforeStoreOpens) {
		CoopgraphProperties.Neo4j neo4j = properties.neo4j();
		listenAddressPolicy.check();
		if (connectors) {
			PortAvailability.require(neo4j.listenAddress(), neo4j.boltPort(), "coopgraph.neo4j.bolt-port");
			PortAvailability.require(neo4j.listenAddress(), neo4j.httpPort(), "coopgraph.neo4j.http-port");
		}
		Path home = new DataDirectory(properties.dataDir(), properties.minFreeSpace().toBytes()).prepare();
		beforeStoreOpens.orderedStream().forEach((hook) -> hook.beforeStoreOpens(home));
		BrowserIntegration browser = BrowserIntegration.of(serverAddress, serverPort, BrowserStyle.coopgraphs());
		DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
			.setConfig(BoltConnector.enabled, connectors)
			.setConfig(BoltConnector.listen_address, new SocketAddress(neo4j.listenAddress(), neo4j.boltPort()))
			// Neo4j Browser connects to the advertised address, which otherwise keeps port 7687 whatever the listen port.
			.setConfig(BoltConnector.advertised_address, new SocketAddress(neo4j.listenAddress(), neo4j.boltPort()))
			.setConfig(HttpConnector.enabled, connectors)
			.setConfig(HttpConnector.listen_address, new SocketAddress(neo4j.listenAddress(), neo4j.httpPort()))
			.setConfig(GraphDatabaseSettings.auth_enabled, !listenAddressPolicy.loopback())
			.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(neo4j.pageCache()))
			.setConfig(GraphDatabaseSettings.udc_enabled, false)
			.setConfig(FleetManagementSettings.fleet_manager_enabled, false)
			.setConfig(ServerSettings.allow_telemetry, false)
			// Neo4j Browser styles the graph and opens the guide that coopgraph's own web server serves.
			.setConfig(ServerSettings.browser_post_connect_cmd, browser.postConnectCommand())
			.setConfig(ServerSettings.browser_remote_content_hostname_whitelist, browser.remoteContentHosts())
			// Without this Netty waits ~10 s on shutdown for connections that are already gone.
			.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ofMillis(100))
			.build();
		if (!listenAddressPolicy.loopback()) {
			// Reachable from other hosts: auth is on, and the configured password replaces the default one.
			dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
				.executeTransactionally("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
						Map.of("password", neo4j.password()));
		}
		return dbms;
	}

	/** The database itself, for the paths that run inside this JVM rather than over Bolt (reads, the bulk load). */
	@Bean
	GraphDatabaseService graphDatabase(DatabaseManagementService dbms) {
		return dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
	}

}
