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

	private static final String STATEMENT_COLUMNS = """
			WITH placeFound, CASE WHEN a.name <= b.name THEN a ELSE b END AS first,
			     CASE WHEN a.name <= b.name THEN b ELSE a END AS second, r
			RETURN placeFound, first, second, r.document AS document, r.evidence AS evidence, r.start AS start,
			       r.end AS end
			ORDER BY first.name, second.name, document, start
			LIMIT $limit""";

	// A statement with a place and one without, rather than a UNION guarded by "$place IS NULL", which the planner
	// applies after scanning every pairing. OPTIONAL CALL: a row even when nothing matches, which tells whether
	// the place's name was found.
	private static final String OF_PLACE = NameResolution.subquery("place", "place") + """
			OPTIONAL CALL (place) {
			  MATCH (place)-[r:PAIRS_WITH]-(b:Entity)
			  RETURN place AS a, b, r
			}
			WITH a, b, r, place IS NOT NULL AS placeFound
			""" + STATEMENT_COLUMNS;

	private static final String ALL_PAIRINGS = """
			MATCH (a:Entity)-[r:PAIRS_WITH]->(b:Entity)
			WITH a, b, r, false AS placeFound
			""" + STATEMENT_COLUMNS;

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
		for (Record row : this.reads.list((place != null) ? OF_PLACE : ALL_PAIRINGS, parameters, (r) -> r)) {
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
