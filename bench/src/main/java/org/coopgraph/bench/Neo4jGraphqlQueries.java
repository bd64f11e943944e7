package org.coopgraph.bench;

/**
 * The benchmark queries as a client of {@code @neo4j/graphql} writes them against the type definitions in
 * {@code bench/neo4j-graphql/typeDefs.graphql}: generated filters, relationship fields and connections; a
 * {@code @cypher} field for the shortest path, which the library cannot express otherwise. They take the same
 * variables as coopgraph's queries.
 */
final class Neo4jGraphqlQueries {

	static final String ENTITY_BY_ALIAS = """
			query($name: String!) {
			  entities(where: { OR: [{ name: { eq: $name } }, { aliases: { includes: $name } }] }, limit: 1) {
			    key name type aliases } }""";

	static final String SEARCH = """
			query($text: String!) {
			  searchEntities(phrase: $text, where: { node: { type: { eq: "DEPARTMENT" } } }, first: 20) {
			    edges { score node { key name type } } } }""";

	static final String RELATED = """
			fragment P on Provenance { document evidence start end }
			fragment E on Entity { key name }
			fragment T on Task { key taskId text }
			query($name: String!) {
			  entities(where: { name: { eq: $name } }, limit: 1) { key name
			    pairsWithConnection(first: 50) { edges { properties { ...P } node { ...E } } }
			    pairedByConnection(first: 50) { edges { properties { ...P } node { ...E } } }
			    locatedInConnection(first: 50) { edges { properties { ...P } node { ...E } } }
			    containsConnection(first: 50) { edges { properties { ...P } node { ...E } } }
			    fundsConnection(first: 50) { edges { properties { amountCny document evidence start end } node { ...E } } }
			    fundedByConnection(first: 50) { edges { properties { amountCny document evidence start end } node { ...E } } }
			    coBuildsConnection(first: 50) { edges { properties { ...P } node { ...E } } }
			    coBuiltByConnection(first: 50) { edges { properties { ...P } node { ...E } } }
			    leadsConnection(first: 50) { edges { properties { ...P } node { ...T } } }
			    coResponsibleForConnection(first: 50) { edges { properties { ...P } node { ...T } } }
			    responsibleForConnection(first: 50) { edges { properties { ...P } node { ...T } } } } }""";

	static final String NEIGHBORS = """
			fragment Hop on Entity { key name
			  pairsWith(limit: 10) { key name } pairedBy(limit: 10) { key name }
			  locatedIn(limit: 10) { key name } contains(limit: 10) { key name }
			  funds(limit: 10) { key name } fundedBy(limit: 10) { key name }
			  coBuilds(limit: 10) { key name } coBuiltBy(limit: 10) { key name }
			  leads(limit: 10) { key taskId } coResponsibleFor(limit: 10) { key taskId }
			  responsibleFor(limit: 10) { key taskId } }
			query($name: String!) {
			  entities(where: { name: { eq: $name } }, limit: 1) { key name
			    pairsWith(limit: 20) { ...Hop } pairedBy(limit: 20) { ...Hop }
			    locatedIn(limit: 20) { ...Hop } contains(limit: 20) { ...Hop }
			    funds(limit: 20) { ...Hop } fundedBy(limit: 20) { ...Hop }
			    coBuilds(limit: 20) { ...Hop } coBuiltBy(limit: 20) { ...Hop }
			    leads(limit: 20) { key taskId } coResponsibleFor(limit: 20) { key taskId }
			    responsibleFor(limit: 20) { key taskId } } }""";

	static final String TASKS = """
			query($name: String!) {
			  tasks(where: { OR: [{ lead: { some: { name: { eq: $name } } } },
			                      { coResponsible: { some: { name: { eq: $name } } } },
			                      { responsible: { some: { name: { eq: $name } } } }] },
			        sort: [{ document: ASC }, { key: ASC }], limit: 20) {
			    taskId text deadline document lead { name } } }""";

	/**
	 * The same tasks as a user of the library writes it: start from the department and follow its three task
	 * relationships, each sorted and cut to 20 (the client merges them), instead of filtering every task by its
	 * responsible parties as {@link #TASKS} does.
	 */
	static final String TASKS_FROM_DEPARTMENT = """
			fragment T on Task { taskId text deadline document lead { name } }
			query($name: String!) {
			  entities(where: { name: { eq: $name } }, limit: 1) {
			    leads(sort: [{ document: ASC }, { key: ASC }], limit: 20) { ...T }
			    coResponsibleFor(sort: [{ document: ASC }, { key: ASC }], limit: 20) { ...T }
			    responsibleFor(sort: [{ document: ASC }, { key: ASC }], limit: 20) { ...T } } }""";

	static final String FUNDING = """
			query($name: String!) {
			  entities(where: { name: { eq: $name } }, limit: 1) {
			    fundsConnection { edges { properties { amountCny } node { name } } } } }""";

	static final String PATH = """
			query($from: String!, $to: String!) { shortestPath(from: $from, to: $to) { key name } }""";

	private Neo4jGraphqlQueries() {
	}

}
