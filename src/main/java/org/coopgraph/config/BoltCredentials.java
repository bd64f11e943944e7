package org.coopgraph.config;

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

	AuthToken authToken() {
		return AuthTokens.basic(this.user, this.password);
	}

}
