package org.coopgraph.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.coopgraph.graph.EntityName;
import org.coopgraph.graph.FundingQueries;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Funding flows: FUNDS facts summed and counted per funder, recipient or pair. */
@Controller
class FundingController {

	/** How many facts one request may sum over. */
	private static final int MAX_FACTS = 10_000;

	private final FundingQueries funding;

	private final PageSize pageSize;

	FundingController(FundingQueries funding, PageSize pageSize) {
		this.funding = funding;
		this.pageSize = pageSize;
	}

	@QueryMapping
	List<FundingGroup> funding(@Argument String funder, @Argument String recipient, @Argument String groupBy,
			@Argument Integer first) {
		int limit = this.pageSize.check(first);
		String grouping = (groupBy != null) ? groupBy : "PAIR";
		Map<List<String>, List<FundingFact>> groups = new LinkedHashMap<>();
		for (FundingQueries.FundingFact fact : this.funding.facts(EntityName.of("funder", funder),
				EntityName.of("recipient", recipient), MAX_FACTS)) {
			List<String> key = switch (grouping) {
				case "FUNDER" -> List.of(fact.funder().key(), "");
				case "RECIPIENT" -> List.of("", fact.recipient().key());
				default -> List.of(fact.funder().key(), fact.recipient().key());
			};
			groups.computeIfAbsent(key, (k) -> new ArrayList<>()).add(FundingFact.of(fact));
		}
		return groups.values()
			.stream()
			.map((facts) -> FundingGroup.of(grouping, facts))
			.sorted((x, y) -> Double.compare(y.totalCny(), x.totalCny()))
			.limit(limit)
			.toList();
	}

	/** GraphQL {@code FundingGroup}. */
	record FundingGroup(Entity funder, Entity recipient, double totalCny, int count, List<FundingFact> facts) {

		static FundingGroup of(String grouping, List<FundingFact> facts) {
			FundingFact first = facts.get(0);
			double total = facts.stream().mapToDouble((f) -> (f.amountCny() != null) ? f.amountCny() : 0).sum();
			return new FundingGroup(grouping.equals("RECIPIENT") ? null : first.funder(),
					grouping.equals("FUNDER") ? null : first.recipient(), total, facts.size(), facts);
		}

	}

	/** GraphQL {@code FundingFact}. */
	record FundingFact(Entity funder, Entity recipient, Double amountCny, String evidence, String document) {

		static FundingFact of(FundingQueries.FundingFact fact) {
			return new FundingFact(Entity.of(fact.funder()), Entity.of(fact.recipient()), fact.amountCny(),
					fact.provenance().evidence(), fact.provenance().document());
		}

	}

}
