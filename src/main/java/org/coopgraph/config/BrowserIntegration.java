package org.coopgraph.config;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * What the embedded Neo4j tells Neo4j Browser about coopgraph: the commands Browser runs after it connects (apply
 * coopgraph's style, open coopgraph's guide) and the hosts Browser may fetch that remote content from. Both are
 * derived from where coopgraph's own web server listens ({@code server.address}, {@code server.port}), because that
 * server serves {@code /browser/style.grass} and {@code /browser/guide.html}.
 *
 * @param baseUrl coopgraph's web origin as a browser on this machine reaches it; blank when the port is not known
 * @param host the host part of {@code baseUrl}
 */
record BrowserIntegration(String baseUrl, String host) {

	static final String STYLE_PATH = "/browser/style.grass";

	static final String GUIDE_PATH = "/browser/guide.html";

	/**
	 * @param serverAddress {@code server.address}; blank or a wildcard address means "every interface", reached
	 * locally as 127.0.0.1
	 * @param serverPort {@code server.port}; 0 (a random port) cannot be known before the DBMS starts, so Browser
	 * then gets no post-connect command
	 */
	static BrowserIntegration of(String serverAddress, int serverPort) {
		String host = reachableHost(serverAddress);
		String urlHost = host.contains(":") ? "[" + host + "]" : host;
		return new BrowserIntegration((serverPort > 0) ? "http://%s:%d".formatted(urlHost, serverPort) : "", host);
	}

	/**
	 * Browser commands, without their leading colon, separated by semicolons as the setting requires. Browser stacks
	 * the frames of these commands with the first one on top: the guide is what a visitor should see first.
	 */
	String postConnectCommand() {
		if (this.baseUrl.isEmpty()) {
			return "";
		}
		return "play %s%s; style %s%s".formatted(this.baseUrl, GUIDE_PATH, this.baseUrl, STYLE_PATH);
	}

	/** Browser compares only host names (no ports) against this comma-separated list. */
	String remoteContentHosts() {
		if (this.host.equals("127.0.0.1") || this.host.equals("localhost")) {
			return "localhost,127.0.0.1";
		}
		return "localhost,127.0.0.1," + this.host;
	}

	private static String reachableHost(String serverAddress) {
		if (serverAddress == null || serverAddress.isBlank()) {
			return "127.0.0.1";
		}
		try {
			if (InetAddress.getByName(serverAddress).isAnyLocalAddress()) {
				return "127.0.0.1";
			}
		}
		catch (UnknownHostException ex) {
			// An unresolvable name is still what the user configured; Browser resolves it on its own side.
		}
		return serverAddress;
	}

}
