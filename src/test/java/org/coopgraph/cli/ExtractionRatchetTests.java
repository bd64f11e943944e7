package org.coopgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.coopgraph.evaluation.EvaluationSet;
import org.coopgraph.evaluation.GoldDocument;
import org.coopgraph.evaluation.GoldScorer;
import org.coopgraph.evaluation.ScoreFloors;
import org.coopgraph.evaluation.Scorecard;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs {@code coopgraph extract} on each evaluation set and scores its output against the set's gold: a ratchet
 * that fails when the overall F1 or the F1 of any floored kind drops below its floor in
 * {@code corpus/floors.properties}. The figures and the floors they would set are printed on every run.
 */
class ExtractionRatchetTests {

	private static final ScoreFloors FLOORS = ScoreFloors.load();

	static Stream<EvaluationSet> sets() {
		return EvaluationSet.ALL.stream();
	}

	@ParameterizedTest
	@MethodSource("sets")
	void extractionScoresAtLeastItsFloors(EvaluationSet set, @TempDir Path out) throws IOException {
		StringWriter err = new StringWriter();
		int exit = CoopgraphCommand.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err))
			.execute("extract", "--out", out.toString(), set.documents().toString());
		assertThat(exit).as(err.toString()).isZero();
		try (Stream<Path> written = Files.list(out)) {
			assertThat(written).as("extracted files").hasSize(set.goldDocuments().size());
		}

		Scorecard card = GoldScorer.score(set.goldDocuments(), GoldDocument.readFolder(out));
		System.out.println("extraction scores of the " + set + " set\n" + card.report() + FLOORS.table(set.name(), card));

		assertThat(FLOORS.of(set.name()).keySet()).as("kinds floored for " + set + " in floors.properties")
			.containsAll(ScoreFloors.floorableKinds(card));
		List<String> shortfalls = FLOORS.shortfalls(set.name(), card);
		assertThat(shortfalls).as(card.report()).isEmpty();
	}

}
