package org.coopgraph.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.coopgraph.graph.EntityName;
import org.coopgraph.graph.EntityNode;
import org.coopgraph.graph.EntityQueries;
import org.coopgraph.graph.FundingQueries;
import org.coopgraph.graph.FundingQueries.Grouping;
import org.coopgraph.graph.FundingQueries.YearRange;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Funding flows: FUNDS facts summed and counted per funder, recipient or pair, and per province of either side and
 * year, in any combination. The provinces of the groups are batch-loaded, one query for a whole answer.
 */
@Controller
class FundingController {

	/** How many facts one request may sum over. */
	private static final int MAX_FACTS = 10_000;

	/** Largest total first, then by funder and recipient name and year, as the database orders the totals. */
	private static final Comparator<FundingGroup> LARGEST_FIRST = Comparator
		.comparingDouble((FundingGroup group) -> -group.totalCny())
		.thenComparing((group) -> (group.funder() != null) ? group.funder().name() : "")
		.thenComparing((group) -> (group.recipient() != null) ? group.recipient().name() : "")
		.thenComparing((group) -> Objects.requireNonNullElse(group.funderProvinceCode(), ""))
		.thenComparing((group) -> Objects.requireNonNullElse(group.recipientProvinceCode(), ""))
		.thenComparing(FundingGroup::year, Comparator.nullsLast(Comparator.naturalOrder()));

	private final FundingQueries funding;

	private final EntityQueries entities;

	private final PageSize pageSize;

	FundingController(FundingQueries funding, EntityQueries entities, PageSize pageSize) {
		this.funding = funding;
		this.entities = entities;
		this.pageSize = pageSize;
	}

	@QueryMapping
	List<FundingGroup> funding(@Argument String funder, @Argument String recipient, @Argument List<String> groupBy,
			@Argument Integer fromYear, @Argument Integer toYear, @Argument Integer first,
			DataFetchingFieldSelectionSet selection) {
		int limit = this.pageSize.check(first);
		Set<Grouping> groupings = groupings(groupBy);
		YearRange years = new YearRange(YearArgument.check("fromYear", fromYear), YearArgument.check("toYear", toYear));
		EntityName from = EntityName.of("funder", funder);
		EntityName to = EntityName.of("recipient", recipient);
		if (!selection.contains("facts")) {
			// Only totals wanted: the database sums them, and no fact leaves it.
			return this.funding.totals(from, to, groupings, years, limit).stream().map(FundingGroup::of).toList();
		}
		Map<List<Object>, List<FundingQueries.FundingFact>> groups = new LinkedHashMap<>();
		for (FundingQueries.FundingFact fact : this.funding.facts(from, to, years, MAX_FACTS)) {
			groups.computeIfAbsent(groupKey(groupings, fact), (k) -> new ArrayList<>()).add(fact);
		}
		return groups.values()
			.stream()
			.map((facts) -> FundingGroup.of(groupings, facts))
			.sorted(LARGEST_FIRST)
			.limit(limit)
			.toList();
	}

	@BatchMapping
	Map<FundingGroup, Entity> funderProvince(List<FundingGroup> groups) {
		return provinces(groups, FundingGroup::funderProvinceCode, FundingGroup::funderProvinceRead);
	}

	@BatchMapping
	Map<FundingGroup, Entity> recipientProvince(List<FundingGroup> groups) {
		return provinces(groups, FundingGroup::recipientProvinceCode, FundingGroup::recipientProvinceRead);
	}

	/** The provinces the totals statement read already, and one query for the others (groups of facts). */
	private Map<FundingGroup, Entity> provinces(List<FundingGroup> groups, Function<FundingGroup, String> code,
			Function<FundingGroup, Entity> read) {
		List<String> codes = groups.stream()
			.filter((group) -> read.apply(group) == null)
			.map(code)
			.filter(Objects::nonNull)
			.distinct()
			.toList();
		Map<String, EntityNode> found = codes.isEmpty() ? Map.of() : this.entities.findByKeys(codes);
		Map<FundingGroup, Entity> result = new HashMap<>();
		groups.forEach((group) -> {
			EntityNode province = (code.apply(group) != null) ? found.get(code.apply(group)) : null;
			if (read.apply(group) != null) {
				result.put(group, read.apply(group));
			}
			else if (province != null) {
				result.put(group, Entity.of(province));
			}
		});
		return result;
	}

	private static Set<Grouping> groupings(List<String> groupBy) {
		List<String> names = (groupBy == null || groupBy.isEmpty()) ? List.of(Grouping.PAIR.name()) : groupBy;
		Set<Grouping> groupings = EnumSet.noneOf(Grouping.class);
		names.forEach((name) -> groupings.add(Grouping.valueOf(name)));
		return groupings;
	}

	/**
	 * What a fact is grouped by: funder key, recipient key, funder province, recipient province, year; null for a
	 * grouping not asked for.
	 */
	private static List<Object> groupKey(Set<Grouping> groupings, FundingQueries.FundingFact fact) {
		boolean byFunder = groupings.contains(Grouping.FUNDER) || groupings.contains(Grouping.PAIR);
		boolean byRecipient = groupings.contains(Grouping.RECIPIENT) || groupings.contains(Grouping.PAIR);
		return Arrays.asList(byFunder ? fact.funder().key() : null, byRecipient ? fact.recipient().key() : null,
				groupings.contains(Grouping.FUNDER_PROVINCE) ? fact.funder().province() : null,
				groupings.contains(Grouping.RECIPIENT_PROVINCE) ? fact.recipient().province() : null,
				groupings.contains(Grouping.YEAR) ? fact.provenance().year() : null);
	}

	/**
	 * GraphQL {@code FundingGroup}; {@code funderProvince} and {@code recipientProvince} are those read with the
	 * totals, else batch-loaded from the codes.
	 */
	record FundingGroup(Entity funder, Entity recipient, String funderProvinceCode, String recipientProvinceCode,
			Entity funderProvinceRead, Entity recipientProvinceRead, Integer year, double totalCny, int count,
			List<FundingFact> facts) {

		static FundingGroup of(Set<Grouping> groupings, List<FundingQueries.FundingFact> facts) {
			FundingQueries.FundingFact first = facts.get(0);
			List<Object> key = groupKey(groupings, first);
			double total = facts.stream().mapToDouble((f) -> (f.amountCny() != null) ? f.amountCny() : 0).sum();
			return new FundingGroup((key.get(0) != null) ? Entity.of(first.funder()) : null,
					(key.get(1) != null) ? Entity.of(first.recipient()) : null, (String) key.get(2),
					(String) key.get(3), null, null, (Integer) key.get(4), total, facts.size(),
					facts.stream().map(FundingFact::of).toList());
		}

		/** A group summed by the database, its facts not read. */
		static FundingGroup of(FundingQueries.FundingTotal total) {
			return new FundingGroup((total.funder() != null) ? Entity.of(total.funder()) : null,
					(total.recipient() != null) ? Entity.of(total.recipient()) : null,
					total.funderProvince(), total.recipientProvince(), entityOrNull(total.funderProvinceNode()),
					entityOrNull(total.recipientProvinceNode()), total.year(), total.totalCny(), total.count(),
					List.of());
		}

		private static Entity entityOrNull(EntityNode node) {
			return (node != null) ? Entity.of(node) : null;
		}

	}

	/** GraphQL {@code FundingFact}. */
	record FundingFact(Entity funder, Entity recipient, Double amountCny, String evidence, String document,
			Integer year) {

		static FundingFact of(FundingQueries.FundingFact fact) {
			return new FundingFact(Entity.of(fact.funder()), Entity.of(fact.recipient()), fact.amountCny(),
					fact.provenance().evidence(), fact.provenance().document(), fact.provenance().year());
		}

	}

}
