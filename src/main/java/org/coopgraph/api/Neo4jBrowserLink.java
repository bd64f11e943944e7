package org.coopgraph.api;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

import org.coopgraph.config.CoopgraphProperties;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /neo4j-browser}: sends the user to the embedded database's Neo4j Browser with the connection filled in.
 * On loopback the database runs without authentication, and Browser only connects on its own when told so
 * ({@code preselectAuthMethod=NO_AUTH}); otherwise it would stop at a login form that has nothing to accept.
 */
@Controller
class Neo4jBrowserLink {

	private final CoopgraphProperties.Neo4j neo4j;

	Neo4jBrowserLink(CoopgraphProperties properties) {
		this.neo4j = properties.neo4j();
	}

	@GetMapping("/neo4j-browser")
	ResponseEntity<Void> redirect() {
		if (!this.neo4j.embedded()) {
			return ResponseEntity.notFound().build();
		}
		String host = this.neo4j.listenAddress().contains(":") ? "[" + this.neo4j.listenAddress() + "]"
				: this.neo4j.listenAddress();
		String auth = loopback() ? "preselectAuthMethod=NO_AUTH&" : "";
		URI target = URI.create("http://%s:%d/browser/?%sdbms=bolt://%s:%d".formatted(host, this.neo4j.httpPort(), auth,
				host, this.neo4j.boltPort()));
		return ResponseEntity.status(HttpStatus.FOUND).location(target).build();
	}

	private boolean loopback() {
		try {
			return InetAddress.getByName(this.neo4j.listenAddress()).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

}
