package org.coopgraph.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

/** Reads FUNDS facts between entities, optionally restricted to a funder and a recipient. Thread-safe. */
@Component
public class FundingQueries {

	private static final String FUNDS = """
			CALL () {
			  WITH $funderKey AS funder WHERE funder IS NOT NULL
			  MATCH (f:Entity {key: funder})-[r:FUNDS]->(t:Entity)
			  WHERE $recipientKey IS NULL OR t.key = $recipientKey
			  RETURN f, r, t
			  UNION
			  WITH $funderKey AS funder WHERE funder IS NULL AND $recipientKey IS NOT NULL
			  MATCH (f:Entity)-[r:FUNDS]->(t:Entity {key: $recipientKey})
			  RETURN f, r, t
			  UNION
			  WITH $funderKey AS funder WHERE funder IS NULL AND $recipientKey IS NULL
			  MATCH (f:Entity)-[r:FUNDS]->(t:Entity)
			  RETURN f, r, t
			}
			RETURN f, t, r.amountCny AS amountCny, r.document AS document, r.evidence AS evidence,
			       r.start AS start, r.end AS end
			ORDER BY f.name, t.name, document, start
			LIMIT $limit""";

	private final GraphReads reads;

	public FundingQueries(GraphReads reads) {
		this.reads = reads;
	}

	/** FUNDS facts, at most {@code limit}; a null key does not restrict that end. */
	public List<FundingFact> facts(String funderKey, String recipientKey, int limit) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("funderKey", funderKey);
		parameters.put("recipientKey", recipientKey);
		parameters.put("limit", limit);
		return this.reads.list(FUNDS, parameters, (r) -> {
			Value amount = r.get("amountCny");
			return new FundingFact(EntityQueries.entity(r.get("f").asNode()), EntityQueries.entity(r.get("t").asNode()),
					amount.isNull() ? null : amount.asDouble(), Provenance.of(r));
		});
	}

	/** One statement that {@code funder} funds {@code recipient}, with the amount in yuan when stated. */
	public record FundingFact(EntityNode funder, EntityNode recipient, Double amountCny, Provenance provenance) {

	}

}
