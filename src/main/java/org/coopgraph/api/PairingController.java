package org.coopgraph.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.coopgraph.graph.EntityNode;
import org.coopgraph.graph.EntityName;
import org.coopgraph.graph.PairingQueries;
import org.coopgraph.graph.PairingQueries.PairingStatement;
import org.coopgraph.graph.Provenance;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The pairing network: statements of PAIRS_WITH merged into one pairing per pair of parties. */
@Controller
class PairingController {

	private final PairingQueries pairings;

	private final PageSize pageSize;

	PairingController(PairingQueries pairings, PageSize pageSize) {
		this.pairings = pairings;
		this.pageSize = pageSize;
	}

	@QueryMapping
	List<Pairing> pairings(@Argument String place, @Argument List<String> levels, @Argument Integer first) {
		int limit = this.pageSize.check(first);
		Map<List<String>, Pairing.Builder> merged = new LinkedHashMap<>();
		// Statements come sorted by pair, so a bounded read yields whole pairings except possibly the last.
		for (PairingStatement statement : this.pairings.statements(EntityName.of("place", place), limit * 10)) {
			merged.computeIfAbsent(List.of(statement.a().key(), statement.b().key()),
					(k) -> new Pairing.Builder(statement.a(), statement.b()))
				.add(statement.provenance());
		}
		return merged.values()
			.stream()
			.map(Pairing.Builder::build)
			.filter((p) -> levels == null || levels.contains(p.level()))
			.limit(limit)
			.toList();
	}

	/** GraphQL {@code Pairing}. */
	record Pairing(Entity a, Entity b, String level, List<String> documents, List<Fact> facts) {

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
				return new Pairing(Entity.of(this.a), Entity.of(this.b), PairingLevel.of(this.a, this.b).name(),
						documents, List.copyOf(this.facts));
			}

		}

	}

}
