package org.coopgraph.extract.relation;

import java.util.List;

import org.assertj.core.groups.Tuple;
import org.coopgraph.extract.SharedExtractor;
import org.coopgraph.extract.model.RelationType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** Parties read through the whole pipeline: the places a chain of them puts in one another ({@link PlaceChainRule}). */
class PartyReaderTests {

	/** The LOCATED_IN relations of {@code text} read from chains of places, as (inner, outer) tuples. */
	private static List<Tuple> chained(String text) {
		return SharedExtractor.INSTANCE.extract("t", text)
			.relations()
			.stream()
			.filter((r) -> r.type() == RelationType.LOCATED_IN && r.rule().equals("place-chain"))
			.map((r) -> tuple(r.from(), r.to()))
			.toList();
	}

	@Test
	void placesWrittenTogetherFormAChain() {
		assertThat(chained("扎实推进万源市草坝镇寨坝村的帮扶工作。")).contains(tuple("寨坝村", "草坝镇"));
	}

	@Test
	void aProvinceWrittenInsideAChainLeavesItWhole() {
		assertThat(chained("扎实推进万源市四川省草坝镇寨坝村的帮扶工作。")).containsExactlyInAnyOrder(tuple("草坝镇", "万源市"),
				tuple("寨坝村", "草坝镇"));
	}

	@Test
	void aLineBreakPartsAChain() {
		assertThat(chained("扎实推进万源市草坝镇\n寨坝村的帮扶工作。")).doesNotContain(tuple("寨坝村", "草坝镇"));
	}

	@Test
	void anyOtherWordPartsAChain() {
		assertThat(chained("扎实推进万源市草坝镇和寨坝村的帮扶工作。")).doesNotContain(tuple("寨坝村", "草坝镇"));
	}

}
