package org.coopgraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;

import org.springframework.stereotype.Component;

/**
 * Reads the pairing network (PAIRS_WITH), one row per statement of a pairing, optionally only those with a party in
 * a province, between two provinces, or of one year. Thread-safe.
 */
@Component
public class PairingQueries {

	// A row without a statement (a place that pairs with nothing, or no place) passes, to report whether the place's
	// name was found. A party "in" a province has it as its province property, set on places with a code.
	private static final String STATEMENT_COLUMNS = """
			WITH placeFound, a, b, r
			WHERE r IS NULL OR (($year IS NULL OR r.year = $year)
			  AND ($provinceA IS NULL
			       OR a.province = $provinceA AND ($provinceB IS NULL OR b.province = $provinceB)
			       OR b.province = $provinceA AND ($provinceB IS NULL OR a.province = $provinceB)))
			WITH placeFound, CASE WHEN a.name <= b.name THEN a ELSE b END AS first,
			     CASE WHEN a.name <= b.name THEN b ELSE a END AS second, r
			RETURN DISTINCT placeFound, first, second, r.document AS document, r.evidence AS evidence, r.start AS start,
			       r.end AS end, r.year AS year
			ORDER BY first.name, second.name, first.key, second.key, document, start
			LIMIT $limit""";

	// A statement with a place, one from a province's places and one for all, rather than a UNION guarded by
	// "$place IS NULL", which the planner applies after scanning every pairing. OPTIONAL CALL: a row even when
	// nothing matches, which tells whether the place's name was found.
	private static final String OF_PLACE = NameResolution.subquery("place", "place") + """
			OPTIONAL CALL (place) {
			  MATCH (place)-[r:PAIRS_WITH]-(b:Entity)
			  RETURN place AS a, b, r
			}
			WITH a, b, r, place IS NOT NULL AS placeFound
			""" + STATEMENT_COLUMNS;

	// From the places of the first province through the province index; a pairing within the province is met from
	// both of its parties, and DISTINCT keeps it once.
	private static final String IN_PROVINCE = """
			MATCH (a:Entity {province: $provinceA})-[r:PAIRS_WITH]-(b:Entity)
			WITH a, b, r, false AS placeFound
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
	 * Statements of pairings of the named place, or of all places when {@code place} is null, that {@code filter}
	 * keeps; one query, the name resolved in it.
	 * @throws UnknownEntityException when no entity has the place's name
	 */
	public List<PairingStatement> statements(EntityName place, PairingFilter filter, int limit) {
		Map<String, Object> parameters = new HashMap<>();
		NameResolution.bind(parameters, "place", place);
		parameters.put("provinceA", filter.province());
		parameters.put("provinceB", filter.otherProvince());
		parameters.put("year", filter.year());
		parameters.put("limit", limit);
		String statement = (place != null) ? OF_PLACE : (filter.province() != null) ? IN_PROVINCE : ALL_PAIRINGS;
		List<PairingStatement> statements = new ArrayList<>();
		for (Record row : this.reads.list(statement, parameters, (r) -> r)) {
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

	/**
	 * Which pairing statements to keep: with a party in {@code province} (a province code), and the other in
	 * {@code otherProvince} when given; of {@code year} when given. Null everywhere keeps them all.
	 */
	public record PairingFilter(String province, String otherProvince, Integer year) {

		public static final PairingFilter NONE = new PairingFilter(null, null, null);

	}

}
