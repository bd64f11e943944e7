package org.coopgraph.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingFieldSelectionSet;
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

	/** Largest total first, then by funder and recipient name, as the database orders the totals it sums. */
	private static final Comparator<FundingGroup> LARGEST_FIRST = Comparator
		.comparingDouble((FundingGroup group) -> -group.totalCny())
		.thenComparing((group) -> (group.funder() != null) ? group.funder().name() : "")
		.thenComparing((group) -> (group.recipient() != null) ? group.recipient().name() : "");

	private final FundingQueries funding;

	private final PageSize pageSize;

	FundingController(FundingQueries funding, PageSize pageSize) {
		this.funding = funding;
		this.pageSize = pageSize;
	}

	@QueryMapping
	List<FundingGroup> funding(@Argument String funder, @Argument String recipient, @Argument String groupBy,
			@Argument Integer first, DataFetchingFieldSelectionSet selection) {
		int limit = this.pageSize.check(first);
		FundingQueries.Grouping grouping = FundingQueries.Grouping.valueOf((groupBy != null) ? groupBy : "PAIR");
		EntityName from = EntityName.of("funder", funder);
		EntityName to = EntityName.of("recipient", recipient);
		if (!selection.contains("facts")) {
			// Only totals wanted: the database sums them, and no fact leaves it.
			return this.funding.totals(from, to, grouping, limit).stream().map(FundingGroup::of).toList();
		}
		Map<List<String>, List<FundingFact>> groups = new LinkedHashMap<>();
		for (FundingQueries.FundingFact fact : this.funding.facts(from, to, MAX_FACTS)) {
			List<String> key = switch (grouping) {
				case FUNDER -> List.of(fact.funder().key(), "");
				case RECIPIENT -> List.of("", fact.recipient().key());
				case PAIR -> List.of(fact.funder().key(), fact.recipient().key());
			};
			groups.computeIfAbsent(key, (k) -> new ArrayList<>()).add(FundingFact.of(fact));
		}
		return groups.values()
			.stream()
			.map((facts) -> FundingGroup.of(grouping, facts))
			.sorted(LARGEST_FIRST)
			.limit(limit)
			.toList();
	}

	/** GraphQL {@code FundingGroup}. */
	record FundingGroup(Entity funder, Entity recipient, double totalCny, int count, List<FundingFact> facts) {

		static FundingGroup of(FundingQueries.Grouping grouping, List<FundingFact> facts) {
			FundingFact first = facts.get(0);
			double total = facts.stream().mapToDouble((f) -> (f.amountCny() != null) ? f.amountCny() : 0).sum();
			return new FundingGroup((grouping == FundingQueries.Grouping.RECIPIENT) ? null : first.funder(),
					(grouping == FundingQueries.Grouping.FUNDER) ? null : first.recipient(), total, facts.size(), facts);
		}

		/** A group summed by the database, its facts not read. */
		static FundingGroup of(FundingQueries.FundingTotal total) {
			return new FundingGroup((total.funder() != null) ? Entity.of(total.funder()) : null,
					(total.recipient() != null) ? Entity.of(total.recipient()) : null, total.totalCny(), total.count(),
					List.of());
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
