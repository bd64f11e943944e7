package org.coopgraph.api;

import org.coopgraph.graph.Provenance;

/** GraphQL {@code Fact}: where a fact is stated. */
record Fact(String document, String evidence, Integer start, Integer end, Integer year) {

	static Fact of(Provenance provenance) {
		return new Fact(provenance.document(), provenance.evidence(), provenance.start(), provenance.end(),
				provenance.year());
	}

}
