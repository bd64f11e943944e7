package org.coopgraph.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

/**
 * Reads the pairing network (PAIRS_WITH), one row per statement of a pairing, optionally only those with a party in
 * a province, between two provinces, or of one year. Thread-safe.
 */
@Component
public class PairingQueries {

	// A row without a statement (a place that pairs with nothing, or no place) passes, to report whether the place's
	// name was found. A party "in" a province has it as its province property, set on places with a code. Each
	// statement once, its parties in name order.
	private static final String KEPT_STATEMENTS = """
			WITH placeFound, a, b, r
			WHERE r IS NULL OR (($year IS NULL OR r.year = $year)
			  AND ($provinceA IS NULL
			       OR a.province = $provinceA AND ($provinceB IS NULL OR b.province = $provinceB)
			       OR b.province = $provinceA AND ($provinceB IS NULL OR a.province = $provinceB)))
			WITH DISTINCT placeFound, CASE WHEN a.name <= b.name THEN a ELSE b END AS first,
			     CASE WHEN a.name <= b.name THEN b ELSE a END AS second, r
			""";

	private static final String STATEMENT_COLUMNS = KEPT_STATEMENTS + """
			RETURN placeFound, first, second, r.document AS document, r.evidence AS evidence, r.start AS start,
			       r.end AS end, r.year AS year
			ORDER BY first.name, second.name, first.key, second.key, document, start
			LIMIT $limit""";

	// One row per pair when the statements themselves are not wanted: the database merges them, as a hand-written
	// query would, rather than sending every statement with its evidence to be merged here (1.4x the hand-written
	// Cypher at 10k entities that way). The documents are put in name order here, not by sorting the statements
	// first; BRIEF reads a party's key and name, and its type for the pair's level.
	private static final Map<NodeFields, String> PAIR_COLUMNS = NodeFields.statements((fields) -> KEPT_STATEMENTS + """
			WITH placeFound, first, second, min(r.year) AS firstYear, max(r.year) AS lastYear,
			     collect(DISTINCT r.document) AS documents
			ORDER BY first.name, second.name, first.key, second.key
			LIMIT $limit
			RETURN placeFound, %s AS first, %s AS second, firstYear, lastYear, documents"""
		.formatted(party(fields, "first"), party(fields, "second")));

	// Neo4j orders strings by code point, String.compareTo by UTF-16 unit: they differ past the BMP.
	private static final Comparator<String> CODE_POINT_ORDER = (x, y) -> Arrays.compare(x.codePoints().toArray(),
			y.codePoints().toArray());

	// A statement with a place, one from a province's places and one for all, rather than a UNION guarded by
	// "$place IS NULL", which the planner applies after scanning every pairing. OPTIONAL CALL: a row even when
	// nothing matches, which tells whether the place's name was found.
	private static final String OF_PLACE = NameResolution.subquery("place", "place") + """
			OPTIONAL CALL (place) {
			  MATCH (place)-[r:PAIRS_WITH]-(b:Entity)
			  RETURN place AS a, b, r
			}
			WITH a, b, r, place IS NOT NULL AS placeFound
			""";

	// From the places of the first province through the province index; a pairing within the province is met from
	// both of its parties, and DISTINCT keeps it once.
	private static final String IN_PROVINCE = """
			MATCH (a:Entity {province: $provinceA})-[r:PAIRS_WITH]-(b:Entity)
			WITH a, b, r, false AS placeFound
			""";

	// Between two provinces: both ends through the province index, as the hand-written query has it.
	private static final String BETWEEN_PROVINCES = """
			MATCH (a:Entity {province: $provinceA})-[r:PAIRS_WITH]-(b:Entity {province: $provinceB})
			WITH a, b, r, false AS placeFound
			""";

	private static final String ALL_PAIRINGS = """
			MATCH (a:Entity)-[r:PAIRS_WITH]->(b:Entity)
			WITH a, b, r, false AS placeFound
			""";

	// Whole statements by their start, built once: each then compiles on its own in CypherStatementsIT.
	private static final Map<String, String> STATEMENTS_FROM = byStart(STATEMENT_COLUMNS);

	private static final Map<NodeFields, Map<String, String>> PAIRS_FROM = NodeFields
		.statements((fields) -> byStart(PAIR_COLUMNS.get(fields)));

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
		List<PairingStatement> statements = new ArrayList<>();
		for (Record row : this.reads.list(STATEMENTS_FROM.get(source(place, filter)),
				parameters(place, filter, limit), (r) -> r)) {
			NameResolution.requireFound(row, "placeFound", place);
			if (!row.get("first").isNull()) {
				statements.add(new PairingStatement(EntityQueries.entity(row.get("first").asNode()),
						EntityQueries.entity(row.get("second").asNode()), Provenance.of(row)));
			}
		}
		return statements;
	}

	/**
	 * The pairs of parties of those statements, each with its documents (in name order) and years, at most
	 * {@code limit}, in the order of {@link #statements}, their parties with the {@code fields} asked for; one
	 * query, the name resolved in it.
	 * @throws UnknownEntityException when no entity has the place's name
	 */
	public List<PairSummary> pairs(EntityName place, PairingFilter filter, int limit, NodeFields fields) {
		List<PairSummary> pairs = new ArrayList<>();
		for (Record row : this.reads.list(PAIRS_FROM.get(fields).get(source(place, filter)),
				parameters(place, filter, limit), (r) -> r)) {
			NameResolution.requireFound(row, "placeFound", place);
			if (!row.get("first").isNull()) {
				List<String> documents = new ArrayList<>(row.get("documents").asList(Value::asString));
				documents.sort(CODE_POINT_ORDER);
				pairs.add(new PairSummary(EntityQueries.entity(row.get("first")),
						EntityQueries.entity(row.get("second")), documents,
						Provenance.nullableInt(row.get("firstYear")), Provenance.nullableInt(row.get("lastYear"))));
			}
		}
		return pairs;
	}

	/** The projection of a party: every field, or (BRIEF) only those a pair's id, name and level need. */
	private static String party(NodeFields fields, String variable) {
		return ((fields == NodeFields.BRIEF) ? "%1$s {.key, .name, .type}" : NodeFields.ENTITY).formatted(variable);
	}

	/** The statement's start: the pairings of a place, between two provinces, in one, or all. */
	private static String source(EntityName place, PairingFilter filter) {
		if (place != null) {
			return OF_PLACE;
		}
		if (filter.province() == null) {
			return ALL_PAIRINGS;
		}
		return (filter.otherProvince() != null) ? BETWEEN_PROVINCES : IN_PROVINCE;
	}

	private static Map<String, String> byStart(String columns) {
		return Stream.of(OF_PLACE, IN_PROVINCE, BETWEEN_PROVINCES, ALL_PAIRINGS)
			.collect(Collectors.toUnmodifiableMap(Function.identity(), (start) -> start + columns));
	}

	private static Map<String, Object> parameters(EntityName place, PairingFilter filter, int limit) {
		Map<String, Object> parameters = new HashMap<>();
		NameResolution.bind(parameters, "place", place);
		parameters.put("provinceA", filter.province());
		parameters.put("provinceB", filter.otherProvince());
		parameters.put("year", filter.year());
		parameters.put("limit", limit);
		return parameters;
	}

	/** One document's statement that two parties are paired; {@code a} sorts before {@code b}. */
	public record PairingStatement(EntityNode a, EntityNode b, Provenance provenance) {

	}

	/** Two parties paired, the names of the documents that state it, and the first and last year stated. */
	public record PairSummary(EntityNode a, EntityNode b, List<String> documents, Integer firstYear,
			Integer lastYear) {

	}

	/**
	 * Which pairing statements to keep: with a party in {@code province} (a province code), and the other in
	 * {@code otherProvince} when given; of {@code year} when given. Null everywhere keeps them all.
	 */
	public record PairingFilter(String province, String otherProvince, Integer year) {

		public static final PairingFilter NONE = new PairingFilter(null, null, null);

	}

}
