package org.coopgraph.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.coopgraph.graph.Neo4jFailures;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.fleetmanagement.FleetManagementSettings;
import org.neo4j.gqlstatus.ErrorGqlStatusObject;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.io.ByteUnit;
import org.neo4j.server.configuration.ServerSettings;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * Starts coopgraph's own Neo4j inside the JVM, persisted under {@code coopgraph.data-dir}, with Bolt and HTTP
 * (Neo4j Browser) on the configured address, both requiring the user {@code neo4j} and its {@link BoltCredentials},
 * or with no port at all ({@value #CONNECTORS}). Active only when no
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

	private static final String SET_PASSWORD = "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED";

	/** GQLSTATUS of "new password cannot be the same as the old password": the password is already set. */
	private static final String SAME_PASSWORD = "22N89";

	/**
	 * The configured password, or else the one generated into the data folder on the first start. Ports and the
	 * listen address are checked first, so that a start refused for them leaves the data folder untouched.
	 */
	@Bean
	BoltCredentials boltCredentials(CoopgraphProperties properties, ListenAddressPolicy listenAddressPolicy,
			@Value("${" + CONNECTORS + ":true}") boolean connectors, ObjectProvider<DataHome> dataHome) {
		CoopgraphProperties.Neo4j neo4j = properties.neo4j();
		listenAddressPolicy.check();
		if (connectors) {
			PortAvailability.require(neo4j.listenAddress(), neo4j.boltPort(), "coopgraph.neo4j.bolt-port");
			PortAvailability.require(neo4j.listenAddress(), neo4j.httpPort(), "coopgraph.neo4j.http-port");
		}
		if (!neo4j.password().isBlank()) {
			return new BoltCredentials(BoltCredentials.USER, neo4j.password(), BoltCredentials.PROPERTY);
		}
		BoltPasswordFile file = new BoltPasswordFile(dataHome.getObject().path());
		return new BoltCredentials(BoltCredentials.USER, file.readOrCreate(), file.path().toString());
	}

	@Bean(destroyMethod = "shutdown")
	DatabaseManagementService databaseManagementService(CoopgraphProperties properties, BoltCredentials credentials,
			@Value("${server.address:}") String serverAddress, @Value("${server.port:8080}") int serverPort,
			@Value("${" + CONNECTORS + ":true}") boolean connectors, ObjectProvider<DataHome> dataHome,
			ObjectProvider<BeforeStoreOpens> beforeStoreOpens) {
		CoopgraphProperties.Neo4j neo4j = properties.neo4j();
		// Only now, with the credentials (and so the ports) checked, whichever of the two beans gets it first.
		Path home = dataHome.getObject().path();
		beforeStoreOpens.orderedStream().forEach((hook) -> hook.beforeStoreOpens(home));
		BrowserIntegration browser = BrowserIntegration.of(serverAddress, serverPort, BrowserStyle.coopgraphs());
		// Another process holding the store is a GraphUnavailableException, which the command line reports as such.
		DatabaseManagementService dbms = Neo4jFailures.translating(() -> new DatabaseManagementServiceBuilder(home)
			.setConfig(BoltConnector.enabled, connectors)
			.setConfig(BoltConnector.listen_address, new SocketAddress(neo4j.listenAddress(), neo4j.boltPort()))
			// Neo4j Browser connects to the advertised address, which otherwise keeps port 7687 whatever the listen port.
			.setConfig(BoltConnector.advertised_address, new SocketAddress(neo4j.listenAddress(), neo4j.boltPort()))
			.setConfig(HttpConnector.enabled, connectors)
			.setConfig(HttpConnector.listen_address, new SocketAddress(neo4j.listenAddress(), neo4j.httpPort()))
			// Even on loopback: any local process or user could otherwise read and write past the API token.
			.setConfig(GraphDatabaseSettings.auth_enabled, true)
			.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(neo4j.pageCache()))
			.setConfig(GraphDatabaseSettings.udc_enabled, false)
			.setConfig(FleetManagementSettings.fleet_manager_enabled, false)
			.setConfig(ServerSettings.allow_telemetry, false)
			// Neo4j Browser styles the graph and opens the guide that coopgraph's own web server serves.
			.setConfig(ServerSettings.browser_post_connect_cmd, browser.postConnectCommand())
			.setConfig(ServerSettings.browser_remote_content_hostname_whitelist, browser.remoteContentHosts())
			// Without this Netty waits ~10 s on shutdown for connections that are already gone.
			.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ofMillis(100))
			.build());
		setPassword(dbms, credentials);
		return dbms;
	}

	/**
	 * Gives {@code neo4j} the password on every start, not only the first: a store made before auth was on, or a
	 * changed {@code coopgraph.neo4j.password}, then still gets the password that clients are given.
	 */
	private static void setPassword(DatabaseManagementService dbms, BoltCredentials credentials) {
		try {
			dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
				.executeTransactionally(SET_PASSWORD, Map.of("password", credentials.password()));
		}
		catch (QueryExecutionException ex) {
			if (!hasStatus(ex, SAME_PASSWORD)) {
				dbms.shutdown();
				throw new IllegalStateException(
						"Neo4j refuses the password from %s: %s".formatted(credentials.source(), ex.getMessage()), ex);
			}
		}
	}

	private static boolean hasStatus(ErrorGqlStatusObject error, String gqlStatus) {
		Optional<ErrorGqlStatusObject> current = Optional.of(error);
		while (current.isPresent()) {
			if (gqlStatus.equals(current.get().gqlStatus())) {
				return true;
			}
			current = current.get().cause();
		}
		return false;
	}

	/**
	 * The data folder, checked and created once, when the credentials or the database first need it: lazily, so
	 * that a start refused for its ports or listen address leaves the folder untouched.
	 */
	@Bean
	@Lazy
	DataHome dataHome(CoopgraphProperties properties) {
		return new DataHome(new DataDirectory(properties.dataDir(), properties.minFreeSpace().toBytes()).prepare());
	}

	/** The database itself, for the paths that run inside this JVM rather than over Bolt (reads, the bulk load). */
	@Bean
	GraphDatabaseService graphDatabase(DatabaseManagementService dbms) {
		return dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
	}

}
