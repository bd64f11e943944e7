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

	// OPTIONAL CALL: a row even when nothing matches, which tells whether the names were found.
	private static final String FUNDS = NameResolution.subquery("funder", "funder")
			+ NameResolution.subquery("recipient", "recipient") + """
			OPTIONAL CALL (funder, recipient) {
			  WITH funder, recipient WHERE funder IS NOT NULL
			  MATCH (funder)-[r:FUNDS]->(t:Entity)
			  WHERE $recipient IS NULL OR t = recipient
			  RETURN funder AS f, r, t
			  UNION
			  WITH funder, recipient WHERE $funder IS NULL AND recipient IS NOT NULL
			  MATCH (f:Entity)-[r:FUNDS]->(recipient)
			  RETURN f, r, recipient AS t
			  UNION
			  WITH funder, recipient WHERE $funder IS NULL AND $recipient IS NULL
			  MATCH (f:Entity)-[r:FUNDS]->(t:Entity)
			  RETURN f, r, t
			}
			RETURN funder IS NOT NULL AS funderFound, recipient IS NOT NULL AS recipientFound, f, t,
			       r.amountCny AS amountCny, r.document AS document, r.evidence AS evidence, r.start AS start,
			       r.end AS end
			ORDER BY f.name, t.name, document, start
			LIMIT $limit""";

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
		for (Record row : this.reads.list(FUNDS, parameters, (r) -> r)) {
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
