package org.coopgraph.support;

import java.nio.file.Path;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * A bare Neo4j server in its own JVM (Bolt only), standing in for an external database in fault tests: the test
 * kills and restarts this process. Arguments: data folder, Bolt port.
 */
public final class StandaloneNeo4j {

	private StandaloneNeo4j() {
	}

	public static void main(String[] args) throws InterruptedException {
		DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(Path.of(args[0]).toAbsolutePath())
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", Integer.parseInt(args[1])))
			.setConfig(HttpConnector.enabled, false)
			.setConfig(GraphDatabaseSettings.auth_enabled, false)
			.setConfig(GraphDatabaseSettings.pagecache_memory, 64L * 1024 * 1024)
			.build();
		Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown));
		System.out.println("neo4j ready");
		Thread.currentThread().join();
	}

}
