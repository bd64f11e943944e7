package org.coopgraph.ingest;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * Everything the graph holds around some documents, keyed so that two snapshots can be compared fact by fact: every
 * node they mention or contain (labels and properties) and every relationship of those nodes (type, ends,
 * properties and element id, so a relationship that was deleted and re-created shows up as different).
 */
record GraphSnapshot(Map<String, Object> nodes, Map<String, Object> relationships) {

	private static final String NODES = """
			MATCH (d:Document)-[:MENTIONS|CONTAINS]->(n)
			WHERE d.key IN $documents
			WITH DISTINCT n
			RETURN n.key AS key, labels(n) AS labels, properties(n) AS properties""";

	private static final String RELATIONSHIPS = """
			MATCH (d:Document)-[:MENTIONS|CONTAINS]->(n)
			WHERE d.key IN $documents
			WITH DISTINCT n
			MATCH (n)-[r]-()
			WITH DISTINCT r
			RETURN type(r) + ' ' + startNode(r).key + ' -> ' + endNode(r).key + ' ' + coalesce(r.document, '')
			         + ' ' + coalesce(toString(r.amountCny), '') AS key,
			       [elementId(r), properties(r)] AS value""";

	static GraphSnapshot of(Driver driver, List<String> documents) {
		try (Session session = driver.session()) {
			Map<String, Object> nodes = new TreeMap<>();
			session.run(NODES, Map.of("documents", documents))
				.forEachRemaining((r) -> nodes.put(r.get("key").asString(),
						List.of(r.get("labels").asList(), r.get("properties").asMap())));
			Map<String, Object> relationships = new TreeMap<>();
			session.run(RELATIONSHIPS, Map.of("documents", documents))
				.forEachRemaining((r) -> relationships.put(r.get("key").asString(), r.get("value").asList()));
			return new GraphSnapshot(nodes, relationships);
		}
	}

}
