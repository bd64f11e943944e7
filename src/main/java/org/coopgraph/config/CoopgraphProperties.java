package org.coopgraph.config;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code coopgraph.*}. Paths are resolved against the working directory.
 *
 * @param dataDir where the embedded database keeps its files
 * @param importDir documents ingested at startup by {@code serve}
 * @param ingestOnStartup whether {@code serve} ingests {@code importDir} before answering
 * @param neo4j where the graph lives
 * @param api GraphQL limits and the token that enables mutations
 * @param minFreeSpace free disk space the embedded database needs in {@code dataDir} to start
 */
@ConfigurationProperties("coopgraph")
public record CoopgraphProperties(@DefaultValue("data") Path dataDir, @DefaultValue("import") Path importDir,
		@DefaultValue("true") boolean ingestOnStartup, @DefaultValue Neo4j neo4j, @DefaultValue Api api,
		@DefaultValue("300MB") DataSize minFreeSpace) {

	/**
	 * The database. With {@code uri} blank coopgraph runs its own embedded Neo4j; with {@code uri} set it connects
	 * to that server or cluster instead and starts nothing.
	 *
	 * @param uri external server, for example {@code neo4j://db.example:7687}; blank for embedded
	 * @param user user name for the external server
	 * @param password password for the external server
	 * @param listenAddress address the embedded Bolt and HTTP connectors bind to
	 * @param boltPort embedded Bolt port
	 * @param httpPort embedded HTTP port (Neo4j Browser)
	 * @param pageCache embedded page cache size, for example {@code 256m}
	 * @param boltReads whether the API reads the embedded database over Bolt, as it reads an external one, instead
	 * of inside the JVM; only to measure what Bolt costs
	 */
	public record Neo4j(@DefaultValue("") String uri, @DefaultValue("neo4j") String user,
			@DefaultValue("") String password, @DefaultValue("127.0.0.1") String listenAddress,
			@DefaultValue("7687") int boltPort, @DefaultValue("7474") int httpPort,
			@DefaultValue("256m") String pageCache, @DefaultValue("false") boolean boltReads) {

		public boolean embedded() {
			return this.uri == null || this.uri.isBlank();
		}

	}

	/**
	 * GraphQL API limits.
	 *
	 * @param token bearer token that enables mutations; blank disables them
	 * @param timeoutSeconds per-request transaction timeout enforced by the database
	 * @param maxDepth deepest allowed query
	 * @param maxPageSize largest {@code first} argument
	 * @param maxFields most fields one request may select, fragments expanded (its complexity)
	 * @param maxAliases most aliased fields one request may select
	 */
	public record Api(@DefaultValue("") String token, @DefaultValue("10") int timeoutSeconds,
			@DefaultValue("12") int maxDepth, @DefaultValue("100") int maxPageSize,
			@DefaultValue("1000") int maxFields, @DefaultValue("50") int maxAliases) {

	}

}
