package org.coopgraph.config;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * What the embedded Neo4j tells Neo4j Browser about coopgraph: the commands Browser runs after it connects (apply
 * coopgraph's style, open coopgraph's guide) and the hosts Browser may fetch that remote content from. Both are
 * derived from where coopgraph's own web server listens ({@code server.address}, {@code server.port}), because that
 * server serves {@code /browser/guide.html} (and {@code /browser/style.grass}, for a {@code :style} by hand).
 *
 * @param baseUrl coopgraph's web origin as a browser on this machine reaches it; blank when the port is not known
 * @param host the host part of {@code baseUrl}
 * @param style the style Browser applies once connected
 */
record BrowserIntegration(String baseUrl, String host, BrowserStyle style) {

	static final String GUIDE_PATH = "/browser/guide.html";

	/**
	 * @param serverAddress {@code server.address}; blank or a wildcard address means "every interface", reached
	 * locally as 127.0.0.1
	 * @param serverPort {@code server.port}; 0 (a random port) cannot be known before the DBMS starts, so Browser
	 * then gets no post-connect command
	 */
	static BrowserIntegration of(String serverAddress, int serverPort, BrowserStyle style) {
		String host = reachableHost(serverAddress);
		String urlHost = host.contains(":") ? "[" + host + "]" : host;
		return new BrowserIntegration((serverPort > 0) ? "http://%s:%d".formatted(urlHost, serverPort) : "", host,
				style);
	}

	/**
	 * Browser commands, without their leading colon, separated by semicolons as the setting requires. Browser runs
	 * them in order. {@code :style} always adds a frame that prints the whole stylesheet; given inline it applies at
	 * once, so the {@code :clear} after it removes that frame (and the connection frame), and the guide is left
	 * alone on the page.
	 */
	String postConnectCommand() {
		if (this.baseUrl.isEmpty()) {
			return "";
		}
		return "style %s; clear; play %s%s".formatted(this.style.json(), this.baseUrl, GUIDE_PATH);
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
