package org.coopgraph.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.coopgraph.evaluation.GoldDocument.Relation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each evaluation set is consistent: one document per gold file, every evidence string written in its document, and
 * the gold scoring 1.0 against itself (which {@code score.py gold gold} checks for the shared copies).
 */
class EvaluationCorpusTests {

	static Stream<EvaluationSet> sets() {
		return EvaluationSet.ALL.stream();
	}

	@ParameterizedTest
	@MethodSource("sets")
	void everyGoldFileAnnotatesADocumentOfTheSet(EvaluationSet set) throws IOException {
		Map<String, GoldDocument> gold = set.goldDocuments();
		assertThat(gold).isNotEmpty();
		for (GoldDocument document : gold.values()) {
			assertThat(set.documents().resolve(document.doc())).as(document.doc()).isRegularFile();
		}
		try (Stream<Path> docs = Files.list(set.documents())) {
			assertThat(docs.map((d) -> GoldDocument.stem(d.toString()))).as("documents of " + set)
				.containsExactlyInAnyOrderElementsOf(gold.keySet());
		}
	}

	@ParameterizedTest
	@MethodSource("sets")
	void everyEvidenceIsWrittenInItsDocument(EvaluationSet set) throws IOException {
		for (GoldDocument document : set.goldDocuments().values()) {
			String text = compact(Files.readString(set.documents().resolve(document.doc()), StandardCharsets.UTF_8));
			for (Relation relation : document.relations()) {
				assertThat(text).as("%s: evidence of %s", document.doc(), relation).contains(compact(relation.evidence()));
			}
		}
	}

	@ParameterizedTest
	@MethodSource("sets")
	void goldScoresOneAgainstItself(EvaluationSet set) {
		Scorecard card = GoldScorer.score(set.goldDocuments(), set.goldDocuments());
		assertThat(card.overall()).as(card.report()).isEqualTo(1.0);
		card.counts().forEach((kind, counts) -> assertThat(counts.f1()).as(kind).isEqualTo(1.0));
	}

	private static String compact(String text) {
		return text.replaceAll("\\s+", "");
	}

}
