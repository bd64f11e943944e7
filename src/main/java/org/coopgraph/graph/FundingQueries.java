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
			""" + FACT_COLUMNS;

	private static final String TO_RECIPIENT = NameResolution.subquery("recipient", "recipient") + """
			OPTIONAL CALL (recipient) {
			  MATCH (f:Entity)-[r:FUNDS]->(recipient)
			  RETURN f, r, recipient AS t
			}
			WITH f, r, t, false AS funderFound, recipient IS NOT NULL AS recipientFound
			""" + FACT_COLUMNS;

	private static final String ALL_FUNDS = """
			MATCH (f:Entity)-[r:FUNDS]->(t:Entity)
			WITH f, r, t, false AS funderFound, false AS recipientFound
			""" + FACT_COLUMNS;

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
		String statement = (funder != null) ? FROM_FUNDER : (recipient != null) ? TO_RECIPIENT : ALL_FUNDS;
		for (Record row : this.reads.list(statement, parameters, (r) -> r)) {
			NameResolution.requireFound(row, "funderFound", funder);
			NameResolution.requireFound(row, "recipientFound", recipient);
			if (!row.get("f").isNull()) {
				Value amount = row.get("amountCny");
				facts.add(new FundingFact(EntityQueries.entity(row.get("f").asNode()),
						EntityQueries.entity(row.get("t").asNode()), amount.isNull() ? null : amount.asDouble(),
						Provenance.of(row)));
			}
		}
		return facts;
	}

	/** One statement that {@code funder} funds {@code recipient}, with the amount in yuan when stated. */
	public record FundingFact(EntityNode funder, EntityNode recipient, Double amountCny, Provenance provenance) {

	}

}
