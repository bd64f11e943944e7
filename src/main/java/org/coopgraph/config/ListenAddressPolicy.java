package org.coopgraph.config;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Refuses to expose coopgraph without credentials: everything binds to loopback by default, the embedded Neo4j runs
 * without auth only there, and binding the database or the web server anywhere else requires a Neo4j password and
 * an API token to be configured.
 */
@Component
class ListenAddressPolicy {

	private final CoopgraphProperties properties;

	private final String serverAddress;

	ListenAddressPolicy(CoopgraphProperties properties, @Value("${server.address:127.0.0.1}") String serverAddress) {
		this.properties = properties;
		this.serverAddress = serverAddress;
	}

	/** Whether the embedded database's connectors listen on loopback only. */
	boolean loopback() {
		return isLoopback(this.properties.neo4j().listenAddress(), "coopgraph.neo4j.listen-address");
	}

	void check() {
		if (!loopback() && this.properties.neo4j().password().isBlank()) {
			throw refusal(this.properties.neo4j().listenAddress(), "coopgraph.neo4j.listen-address",
					"coopgraph.neo4j.password");
		}
		if (!isLoopback(this.serverAddress, "server.address") && this.properties.api().token().isBlank()) {
			throw refusal(this.serverAddress, "server.address", "coopgraph.api.token");
		}
	}

	private static IllegalStateException refusal(String address, String setting, String credential) {
		return new IllegalStateException(
				"Refusing to listen on %s without credentials: set %s, or keep %s on 127.0.0.1".formatted(address,
						credential, setting));
	}

	private static boolean isLoopback(String address, String setting) {
		try {
			return InetAddress.getByName(address).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			throw new IllegalStateException("%s '%s' is not a known host".formatted(setting, address), ex);
		}
	}

}
