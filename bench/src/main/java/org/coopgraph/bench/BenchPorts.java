package org.coopgraph.bench;

/**
 * The ports the benchmark's own servers listen on, all on loopback, away from the defaults others use.
 *
 * @param http coopgraph's GraphQL server
 * @param bolt the embedded database's Bolt connector
 * @param neo4jHttp the embedded database's HTTP connector
 * @param neo4jGraphql the {@code @neo4j/graphql} baseline server
 */
public record BenchPorts(int http, int bolt, int neo4jHttp, int neo4jGraphql) {

}
