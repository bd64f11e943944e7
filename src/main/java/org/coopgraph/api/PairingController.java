package org.coopgraph.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import graphql.schema.DataFetchingEnvironment;
import org.coopgraph.graph.DivisionTree;
import org.coopgraph.graph.EntityNode;
import org.coopgraph.graph.EntityName;
import org.coopgraph.graph.PairingLevel;
import org.coopgraph.graph.PairingQueries;
import org.coopgraph.graph.PairingQueries.PairingFilter;
import org.coopgraph.graph.PairingQueries.PairSummary;
import org.coopgraph.graph.PairingQueries.PairingStatement;
import org.coopgraph.graph.Provenance;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The pairing network: statements of PAIRS_WITH merged into one pairing per pair of parties. */
@Controller
class PairingController {

	private final PairingQueries pairings;

	private final DivisionTree divisions;

	private final PageSize pageSize;

	PairingController(PairingQueries pairings, DivisionTree divisions, PageSize pageSize) {
		this.pairings = pairings;
		this.divisions = divisions;
		this.pageSize = pageSize;
	}

	@QueryMapping
	List<Pairing> pairings(@Argument String place, @Argument List<String> levels, @Argument String province,
			@Argument List<String> betweenProvinces, @Argument Integer year, @Argument Integer first,
			DataFetchingEnvironment environment) {
		int limit = this.pageSize.check(first);
		PairingFilter filter = filter(province, betweenProvinces, YearArgument.check("year", year));
		EntityName party = EntityName.of("place", place);
		List<Pairing> pairings;
		if (!NodeSelection.names(environment).contains("facts")) {
			// Only the pairs wanted: the database merges the statements, and none leaves it, nor the parties'
			// fields not selected. The levels are filtered here, so more pairs are read than returned.
			pairings = this.pairings.pairs(party, filter, limit * 10, NodeSelection.under(environment, "a", "b"))
				.stream()
				.map(Pairing::of)
				.toList();
		}
		else {
			Map<List<String>, Pairing.Builder> merged = new LinkedHashMap<>();
			// Statements come sorted by pair, so a bounded read yields whole pairings except possibly the last.
			for (PairingStatement statement : this.pairings.statements(party, filter, limit * 10)) {
				merged.computeIfAbsent(List.of(statement.a().key(), statement.b().key()),
						(k) -> new Pairing.Builder(statement.a(), statement.b()))
					.add(statement.provenance());
			}
			pairings = merged.values().stream().map(Pairing.Builder::build).toList();
		}
		return pairings.stream().filter((p) -> levels == null || levels.contains(p.level())).limit(limit).toList();
	}

	private PairingFilter filter(String province, List<String> betweenProvinces, Integer year) {
		if (province != null && betweenProvinces != null) {
			throw new ApiException(ApiException.Kind.BAD_ARGUMENT,
					"Give at most one of the arguments 'province' and 'betweenProvinces'");
		}
		if (betweenProvinces != null) {
			if (betweenProvinces.size() != 2) {
				throw new ApiException(ApiException.Kind.BAD_ARGUMENT,
						"Argument 'betweenProvinces' takes two provinces (the same twice for pairings within one), got "
								+ betweenProvinces.size());
			}
			return new PairingFilter(this.divisions.provinceCode("betweenProvinces", betweenProvinces.get(0)),
					this.divisions.provinceCode("betweenProvinces", betweenProvinces.get(1)), year);
		}
		String code = (province != null) ? this.divisions.provinceCode("province", province) : null;
		return new PairingFilter(code, null, year);
	}

	/** GraphQL {@code Pairing}: the years are those of its statements. */
	record Pairing(Entity a, Entity b, List<String> documents, List<Fact> facts, Integer firstYear,
			Integer lastYear) {

		/** A pair merged by the database, its statements not read. */
		static Pairing of(PairSummary pair) {
			return new Pairing(Entity.of(pair.a()), Entity.of(pair.b()), pair.documents(), List.of(),
					pair.firstYear(), pair.lastYear());
		}

		/** GraphQL {@code Pairing.level}, worked out only when it is asked for or filtered on. */
		public String level() {
			return PairingLevel.of(this.a.node(), this.b.node()).name();
		}

		static final class Builder {

			private final EntityNode a;

			private final EntityNode b;

			private final List<Fact> facts = new ArrayList<>();

			Builder(EntityNode a, EntityNode b) {
				this.a = a;
				this.b = b;
			}

			void add(Provenance provenance) {
				this.facts.add(Fact.of(provenance));
			}

			Pairing build() {
				List<String> documents = List.copyOf(new LinkedHashSet<>(this.facts.stream().map(Fact::document).toList()));
				List<Integer> years = this.facts.stream().map(Fact::year).filter(Objects::nonNull).sorted().toList();
				return new Pairing(Entity.of(this.a), Entity.of(this.b), documents, List.copyOf(this.facts),
						years.isEmpty() ? null : years.get(0), years.isEmpty() ? null : years.get(years.size() - 1));
			}

		}

	}

}
