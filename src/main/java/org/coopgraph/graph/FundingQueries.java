package org.coopgraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

/** Reads FUNDS facts between entities, optionally restricted to a funder and a recipient. Thread-safe. */
@Component
public class FundingQueries {

	private static final String FACT_COLUMNS = """
			RETURN f, t, r.amountCny AS amountCny, r.document AS document, r.evidence AS evidence, r.start AS start,
			       r.end AS end, funderFound, recipientFound
			ORDER BY f.name, t.name, document, start
			LIMIT $limit""";

	// Sums in the database: a group's facts never leave it when only the totals are wanted.
	private static final String GROUP_COLUMNS = """
			WITH funderFound, recipientFound, CASE WHEN $groupBy = 'RECIPIENT' THEN null ELSE f END AS funder,
			     CASE WHEN $groupBy = 'FUNDER' THEN null ELSE t END AS recipient, r
			WITH funderFound, recipientFound, funder, recipient, sum(coalesce(r.amountCny, 0)) AS totalCny,
			     count(r) AS count
			RETURN funderFound, recipientFound, funder, recipient, totalCny, count
			ORDER BY totalCny DESC, funder.name, recipient.name
			LIMIT $limit""";

	// One statement per combination of names given, rather than a UNION guarded by "$funder IS NULL": the planner
	// applies such a guard after scanning every FUNDS relationship, not before. OPTIONAL CALL: a row even when
	// nothing matches, which tells whether the names were found.
	private static final String FROM_FUNDER = NameResolution.subquery("funder", "funder")
			+ NameResolution.subquery("recipient", "recipient") + """
			OPTIONAL CALL (funder, recipient) {
			  MATCH (funder)-[r:FUNDS]->(t:Entity)
			  WHERE $recipient IS NULL OR t = recipient
			  RETURN funder AS f, r, t
			}
			WITH f, r, t, funder IS NOT NULL AS funderFound, recipient IS NOT NULL AS recipientFound
			""";

	private static final String TO_RECIPIENT = NameResolution.subquery("recipient", "recipient") + """
			OPTIONAL CALL (recipient) {
			  MATCH (f:Entity)-[r:FUNDS]->(recipient)
			  RETURN f, r, recipient AS t
			}
			WITH f, r, t, false AS funderFound, recipient IS NOT NULL AS recipientFound
			""";

	private static final String ALL_FUNDS = """
			MATCH (f:Entity)-[r:FUNDS]->(t:Entity)
			WITH f, r, t, false AS funderFound, false AS recipientFound
			""";

	private static final List<String> FACTS = List.of(FROM_FUNDER + FACT_COLUMNS, TO_RECIPIENT + FACT_COLUMNS,
			ALL_FUNDS + FACT_COLUMNS);

	private static final List<String> TOTALS = List.of(FROM_FUNDER + GROUP_COLUMNS, TO_RECIPIENT + GROUP_COLUMNS,
			ALL_FUNDS + GROUP_COLUMNS);

	private final GraphReads reads;

	public FundingQueries(GraphReads reads) {
		this.reads = reads;
	}

	/**
	 * FUNDS facts from the named funder to the named recipient, at most {@code limit}; one query, names resolved
	 * in it. A null name does not restrict that end.
	 * @throws UnknownEntityException when no entity has one of the names
	 */
	public List<FundingFact> facts(EntityName funder, EntityName recipient, int limit) {
		Map<String, Object> parameters = new HashMap<>();
		NameResolution.bind(parameters, "funder", funder);
		NameResolution.bind(parameters, "recipient", recipient);
		parameters.put("limit", limit);
		List<FundingFact> facts = new ArrayList<>();
		for (Record row : this.reads.list(FACTS.get(shape(funder, recipient)), parameters, (r) -> r)) {
			requireFound(row, funder, recipient);
			if (!row.get("f").isNull()) {
				Value amount = row.get("amountCny");
				facts.add(new FundingFact(EntityQueries.entity(row.get("f").asNode()),
						EntityQueries.entity(row.get("t").asNode()), amount.isNull() ? null : amount.asDouble(),
						Provenance.of(row)));
			}
		}
		return facts;
	}

	/**
	 * FUNDS facts from the named funder to the named recipient (a null name does not restrict that end), summed by
	 * group, largest total first, at most {@code limit} groups; one query, names resolved in it.
	 * @throws UnknownEntityException when no entity has one of the names
	 */
	public List<FundingTotal> totals(EntityName funder, EntityName recipient, Grouping grouping, int limit) {
		Map<String, Object> parameters = new HashMap<>();
		NameResolution.bind(parameters, "funder", funder);
		NameResolution.bind(parameters, "recipient", recipient);
		parameters.put("groupBy", grouping.name());
		parameters.put("limit", limit);
		List<FundingTotal> totals = new ArrayList<>();
		for (Record row : this.reads.list(TOTALS.get(shape(funder, recipient)), parameters, (r) -> r)) {
			requireFound(row, funder, recipient);
			if (row.get("count").asLong() > 0) {
				totals.add(new FundingTotal(entityOrNull(row.get("funder")), entityOrNull(row.get("recipient")),
						row.get("totalCny").asDouble(), row.get("count").asInt()));
			}
		}
		return totals;
	}

	/** Which of the statements serves the names given: from a funder, to a recipient, or all. */
	private static int shape(EntityName funder, EntityName recipient) {
		return (funder != null) ? 0 : (recipient != null) ? 1 : 2;
	}

	private static void requireFound(Record row, EntityName funder, EntityName recipient) {
		NameResolution.requireFound(row, "funderFound", funder);
		NameResolution.requireFound(row, "recipientFound", recipient);
	}

	private static EntityNode entityOrNull(Value value) {
		return value.isNull() ? null : EntityQueries.entity(value.asNode());
	}

	/** How facts are grouped before summing. */
	public enum Grouping {

		FUNDER, RECIPIENT, PAIR

	}

	/** The sum of a group's stated amounts in yuan; the side not grouped by is null. */
	public record FundingTotal(EntityNode funder, EntityNode recipient, double totalCny, int count) {

	}

	/** One statement that {@code funder} funds {@code recipient}, with the amount in yuan when stated. */
	public record FundingFact(EntityNode funder, EntityNode recipient, Double amountCny, Provenance provenance) {

	}

}
