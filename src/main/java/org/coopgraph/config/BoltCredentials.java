package org.coopgraph.config;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;

/**
 * What a client sends to the embedded database over Bolt: the user {@code neo4j} and either the configured
 * {@code coopgraph.neo4j.password} or the password generated into the data folder ({@link BoltPasswordFile}).
 *
 * @param user always {@code neo4j}, the one user of the embedded database
 * @param password the password the database accepts
 * @param source where the password comes from, for messages: the property's name or the file's path
 */
public record BoltCredentials(String user, String password, String source) {

	static final String USER = "neo4j";

	static final String PROPERTY = "coopgraph.neo4j.password";

	@Override
	public String toString() {
		return "BoltCredentials[user=%s, password from %s]".formatted(this.user, this.source);
	}

	/**
	 * A key derived from the password (HMAC-SHA256), which coopgraph's Neo4j Browser page exchanges for the
	 * password: only someone who was given the key, or who can read the password, has it. It changes with the
	 * password and cannot be turned back into it.
	 */
	public String browserKey() {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.password.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			byte[] key = mac.doFinal("coopgraph neo4j-browser".getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(key);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", ex);
		}
	}

	AuthToken authToken() {
		return AuthTokens.basic(this.user, this.password);
	}

}
