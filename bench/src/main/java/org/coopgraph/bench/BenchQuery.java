package org.coopgraph.bench;

import java.util.Map;

/**
 * One benchmark query in its three forms, all asking for the same data: coopgraph's GraphQL, the hand-written Cypher a
 * developer would run through the driver instead, and the {@code @neo4j/graphql} equivalent (null where none is
 * written).
 *
 * @param name short name used in tables and plots
 * @param graphql coopgraph GraphQL document
 * @param variables its variables
 * @param cypher hand-written Cypher returning the same data
 * @param parameters its parameters
 * @param neo4jGraphql the query against the {@code @neo4j/graphql} server, with the same {@code variables}
 */
record BenchQuery(String name, String graphql, Map<String, Object> variables, String cypher,
		Map<String, Object> parameters, String neo4jGraphql) {

}
