package org.coopgraph.config;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.springframework.stereotype.Component;

/**
 * Refuses to expose an unauthenticated database: the embedded Neo4j runs without auth only on loopback, and binding
 * it elsewhere requires a password to be configured.
 */
@Component
class ListenAddressPolicy {

	private final CoopgraphProperties.Neo4j neo4j;

	ListenAddressPolicy(CoopgraphProperties properties) {
		this.neo4j = properties.neo4j();
	}

	boolean loopback() {
		try {
			return InetAddress.getByName(this.neo4j.listenAddress()).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			throw new IllegalStateException("coopgraph.neo4j.listen-address '%s' is not a known host"
				.formatted(this.neo4j.listenAddress()), ex);
		}
	}

	void check() {
		if (!loopback() && this.neo4j.password().isBlank()) {
			throw new IllegalStateException(("Refusing to bind Neo4j to %s without credentials: set "
					+ "coopgraph.neo4j.password, or keep coopgraph.neo4j.listen-address on 127.0.0.1")
				.formatted(this.neo4j.listenAddress()));
		}
	}

}
