package org.coopgraph.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/** Reads the pairing network (PAIRS_WITH), one row per statement of a pairing. Thread-safe. */
@Component
public class PairingQueries {

	private static final String PAIRINGS = """
			CALL () {
			  WITH $placeKey AS place WHERE place IS NOT NULL
			  MATCH (a:Entity {key: place})-[r:PAIRS_WITH]-(b:Entity)
			  RETURN a, b, r
			  UNION
			  WITH $placeKey AS place WHERE place IS NULL
			  MATCH (a:Entity)-[r:PAIRS_WITH]->(b:Entity)
			  RETURN a, b, r
			}
			WITH CASE WHEN a.name <= b.name THEN a ELSE b END AS first,
			     CASE WHEN a.name <= b.name THEN b ELSE a END AS second, r
			RETURN first, second, r.document AS document, r.evidence AS evidence, r.start AS start, r.end AS end
			ORDER BY first.name, second.name, document, start
			LIMIT $limit""";

	private final GraphReads reads;

	public PairingQueries(GraphReads reads) {
		this.reads = reads;
	}

	/** Statements of pairings of one place (by key), or of all places when {@code placeKey} is null. */
	public List<PairingStatement> statements(String placeKey, int limit) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("placeKey", placeKey);
		parameters.put("limit", limit);
		return this.reads.list(PAIRINGS, parameters,
				(r) -> new PairingStatement(EntityQueries.entity(r.get("first").asNode()),
						EntityQueries.entity(r.get("second").asNode()), Provenance.of(r)));
	}

	/** One document's statement that two parties are paired; {@code a} sorts before {@code b}. */
	public record PairingStatement(EntityNode a, EntityNode b, Provenance provenance) {

	}

}
