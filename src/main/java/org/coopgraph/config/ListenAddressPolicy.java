package org.coopgraph.config;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Refuses to expose coopgraph without credentials: everything binds to loopback by default, and binding the web
 * server anywhere else requires an API token. The embedded database always requires its password
 * ({@link BoltCredentials}), so it may listen anywhere.
 */
@Component
class ListenAddressPolicy {

	private final CoopgraphProperties properties;

	private final String serverAddress;

	ListenAddressPolicy(CoopgraphProperties properties, @Value("${server.address:127.0.0.1}") String serverAddress) {
		this.properties = properties;
		this.serverAddress = serverAddress;
	}

	void check() {
		// Resolved now so that an unknown host is reported before anything starts.
		isLoopback(this.properties.neo4j().listenAddress(), "coopgraph.neo4j.listen-address");
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
