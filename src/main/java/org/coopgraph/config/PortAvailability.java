package org.coopgraph.config;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * Checks a port before a server tries to bind it, so that a clash fails fast with the name of the setting to change
 * instead of a bind error deep inside Neo4j or Tomcat.
 */
final class PortAvailability {

	private PortAvailability() {
	}

	static void require(String host, int port, String setting) {
		try (ServerSocket socket = new ServerSocket()) {
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(InetAddress.getByName(host), port));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Port %d on %s is already in use; stop what uses it or set %s to a free port"
				.formatted(port, host, setting), ex);
		}
	}

}
