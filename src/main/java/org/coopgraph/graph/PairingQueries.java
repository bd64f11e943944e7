package org.coopgraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;

import org.springframework.stereotype.Component;

/** Reads the pairing network (PAIRS_WITH), one row per statement of a pairing. Thread-safe. */
@Component
public class PairingQueries {

	// OPTIONAL CALL: a row even when nothing matches, which tells whether the place's name was found.
	private static final String PAIRINGS = NameResolution.subquery("place", "place") + """
			OPTIONAL CALL (place) {
			  WITH place WHERE place IS NOT NULL
			  MATCH (place)-[r:PAIRS_WITH]-(b:Entity)
			  RETURN place AS a, b, r
			  UNION
			  WITH place WHERE $place IS NULL
			  MATCH (a:Entity)-[r:PAIRS_WITH]->(b:Entity)
			  RETURN a, b, r
			}
			WITH place, CASE WHEN a.name <= b.name THEN a ELSE b END AS first,
			     CASE WHEN a.name <= b.name THEN b ELSE a END AS second, r
			RETURN place IS NOT NULL AS placeFound, first, second, r.document AS document, r.evidence AS evidence,
			       r.start AS start, r.end AS end
			ORDER BY first.name, second.name, document, start
			LIMIT $limit""";

	private final GraphReads reads;

	public PairingQueries(GraphReads reads) {
		this.reads = reads;
	}

	/**
	 * Statements of pairings of the named place, or of all places when {@code place} is null; one query, the name
	 * resolved in it.
	 * @throws UnknownEntityException when no entity has the place's name
	 */
	public List<PairingStatement> statements(EntityName place, int limit) {
		Map<String, Object> parameters = new HashMap<>();
		NameResolution.bind(parameters, "place", place);
		parameters.put("limit", limit);
		List<PairingStatement> statements = new ArrayList<>();
		for (Record row : this.reads.list(PAIRINGS, parameters, (r) -> r)) {
			NameResolution.requireFound(row, "placeFound", place);
			if (!row.get("first").isNull()) {
				statements.add(new PairingStatement(EntityQueries.entity(row.get("first").asNode()),
						EntityQueries.entity(row.get("second").asNode()), Provenance.of(row)));
			}
		}
		return statements;
	}

	/** One document's statement that two parties are paired; {@code a} sorts before {@code b}. */
	public record PairingStatement(EntityNode a, EntityNode b, Provenance provenance) {

	}

}
