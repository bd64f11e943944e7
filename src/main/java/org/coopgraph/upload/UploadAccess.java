package org.coopgraph.upload;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;

import org.coopgraph.ingest.ServerAnnouncement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Who may send documents to this server, and how a local {@code coopgraph ingest} finds it. Once the web server
 * listens, it writes a {@link ServerAnnouncement} into the data folder, readable only by its owner: the server's URL
 * and a token made for this run. Whoever can read the data folder may write to its database anyway (offline), so that
 * token is what a local user needs, out of the box. The configured {@code coopgraph.api.token} is accepted too, for
 * clients elsewhere. The file goes when the server stops. With an external database there is no data folder to share,
 * so nothing is written and clients pass {@code --server} and a token. Thread-safe.
 */
@Component
class UploadAccess {

	private static final Logger log = LoggerFactory.getLogger(UploadAccess.class);

	private static final String BEARER = "Bearer ";

	/** Where this server announces itself; null with an external database, which has no data folder. */
	private final Path dataDir;

	private final String configuredToken;

	private final String localToken;

	UploadAccess(@Value("${coopgraph.data-dir:data}") Path dataDir, @Value("${coopgraph.api.token:}") String token,
			@Value("${coopgraph.neo4j.uri:}") String externalUri) {
		this.dataDir = externalUri.isBlank() ? dataDir : null;
		this.configuredToken = token;
		byte[] random = new byte[32];
		new SecureRandom().nextBytes(random);
		this.localToken = HexFormat.of().formatHex(random);
	}

	/** Whether an {@code Authorization} header carries the local or the configured token (constant time). */
	boolean allows(String authorization) {
		if (authorization == null || !authorization.startsWith(BEARER)) {
			return false;
		}
		byte[] sent = authorization.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8);
		boolean local = MessageDigest.isEqual(sent, this.localToken.getBytes(StandardCharsets.UTF_8));
		boolean configured = !this.configuredToken.isBlank()
				&& MessageDigest.isEqual(sent, this.configuredToken.getBytes(StandardCharsets.UTF_8));
		return local | configured;
	}

	/** The 401 answer to a request without an accepted token; {@code what} names what was asked, as a subject. */
	ResponseEntity<Object> refusal(String what) {
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
			.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
			.body(Map.of("message", what + " needs 'Authorization: Bearer <token>': the token in the data folder's "
					+ ServerAnnouncement.FILE_NAME + " or coopgraph.api.token"));
	}

	/**
	 * Announces the server in the data folder. A file that cannot be written costs only the automatic discovery, so
	 * it is logged and the server starts all the same.
	 */
	@EventListener
	void listening(WebServerInitializedEvent event) {
		if (this.dataDir == null) {
			return;
		}
		String host = event.getApplicationContext().getEnvironment().getProperty("server.address", "127.0.0.1");
		URI url = URI.create("http://%s:%d".formatted(host, event.getWebServer().getPort()));
		try {
			new ServerAnnouncement(url, this.localToken, ProcessHandle.current().pid()).write(this.dataDir);
		}
		catch (IOException ex) {
			log.warn("Could not write {} ({}): a local `coopgraph ingest` needs --server and --token",
					ServerAnnouncement.file(this.dataDir), ex.toString());
		}
	}

	@EventListener
	void stopping(ContextClosedEvent event) {
		if (this.dataDir == null) {
			return;
		}
		try {
			ServerAnnouncement.remove(this.dataDir);
		}
		catch (IOException ex) {
			log.warn("Could not delete {}: {}", ServerAnnouncement.file(this.dataDir), ex.getMessage());
		}
	}

}
