package org.coopgraph.extract.gazetteer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class WordListsTests {

	@Test
	void includesAnEarlierListWhereItIsNamed() {
		WordLists lists = WordLists.load("/org/coopgraph/extract/gazetteer/lists.tsv");
		assertThat(lists.list("more")).containsExactly("甲", "乙", "丙");
		assertThat(lists.set("base")).containsExactlyInAnyOrder("甲", "乙");
	}

	@Test
	void namesTheProblemOfABadFile() {
		assertThatIllegalStateException().isThrownBy(() -> WordLists.load("/org/coopgraph/extract/gazetteer/bad-lists.tsv"))
			.withMessageContaining("list later includes @missing");
		assertThatIllegalStateException().isThrownBy(() -> WordLists.load("/no/such/lists.tsv"))
			.withMessageContaining("missing resource /no/such/lists.tsv");
		WordLists lists = WordLists.load("/org/coopgraph/extract/gazetteer/lists.tsv");
		assertThatIllegalArgumentException().isThrownBy(() -> lists.list("none")).withMessageContaining("has no list none");
	}

}
