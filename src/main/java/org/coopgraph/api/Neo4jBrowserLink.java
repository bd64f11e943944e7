package org.coopgraph.api;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.coopgraph.config.BoltCredentials;
import org.coopgraph.config.CoopgraphProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /neo4j-browser}: opens Neo4j Browser (served by coopgraph under {@code /neo4j-browser/}) already connected
 * to the embedded database. The page trades a key for the Bolt password at {@code /neo4j-browser/connection} and
 * leaves the connection where Browser looks for stored credentials, in this origin's local storage. The password is
 * given only to a loopback client that addresses coopgraph by a loopback name (so a web page that rebinds its own
 * host name to 127.0.0.1 gets nothing) and shows the {@link BoltCredentials#browserKey() key}, which {@code serve}
 * prints in its link: other local users reach the same port, but not the owner's terminal or data folder.
 */
@Controller
class Neo4jBrowserLink {

	private static final Set<String> LOOPBACK_NAMES = Set.of("127.0.0.1", "localhost", "[::1]", "::1");

	private final CoopgraphProperties.Neo4j neo4j;

	private final ObjectProvider<BoltCredentials> credentials;

	Neo4jBrowserLink(CoopgraphProperties properties, ObjectProvider<BoltCredentials> credentials) {
		this.neo4j = properties.neo4j();
		this.credentials = credentials;
	}

	@GetMapping("/neo4j-browser")
	String page() {
		embeddedCredentials();
		return "forward:/browser/connect.html";
	}

	@PostMapping("/neo4j-browser/connection")
	ResponseEntity<BrowserConnection> connection(HttpServletRequest request,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
		BoltCredentials bolt = embeddedCredentials();
		if (!isLoopback(request.getRemoteAddr()) || !LOOPBACK_NAMES.contains(request.getServerName())
				|| !holdsKey(authorization, bolt.browserKey())) {
			return ResponseEntity.status(HttpStatus.FORBIDDEN).cacheControl(CacheControl.noStore()).build();
		}
		String host = isWildcard(this.neo4j.listenAddress()) ? "127.0.0.1" : this.neo4j.listenAddress();
		String url = "bolt://%s:%d".formatted(host.contains(":") ? "[" + host + "]" : host, this.neo4j.boltPort());
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.body(new BrowserConnection(url, bolt.user(), bolt.password()));
	}

	private BoltCredentials embeddedCredentials() {
		BoltCredentials bolt = this.credentials.getIfAvailable();
		if (bolt == null) {
			// An external database has its own Browser and its own accounts.
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return bolt;
	}

	private static boolean holdsKey(String authorization, String key) {
		String expected = "Bearer " + key;
		return authorization != null && MessageDigest.isEqual(authorization.getBytes(StandardCharsets.UTF_8),
				expected.getBytes(StandardCharsets.UTF_8));
	}

	private static boolean isLoopback(String address) {
		try {
			return InetAddress.getByName(address).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

	private static boolean isWildcard(String address) {
		try {
			return InetAddress.getByName(address).isAnyLocalAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

	/** What Neo4j Browser needs to connect: the Bolt URL, the user and the password. */
	record BrowserConnection(String url, String user, String password) {
	}

}
