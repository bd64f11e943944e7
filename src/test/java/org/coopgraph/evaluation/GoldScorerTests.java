package org.coopgraph.evaluation;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * The Java scorer gives {@code score.py}'s figures. {@code scoring/expected-report.txt} is what {@code score.py}
 * printed for {@code scoring/gold} against {@code scoring/pred}, fixtures built to exercise each of its rules: alias
 * and NFKC matches, a type error, a duplicate prediction, symmetric pairs, the 1% amount tolerance, endpoints
 * resolved through predicted aliases or left unmatched, task alignment by text and by id, unaligned tasks, and a
 * missing prediction.
 */
class GoldScorerTests {

	@Test
	void printsTheReportThatScorePyPrintsForTheFixtures() throws IOException, URISyntaxException {
		Path dir = Path.of(Objects.requireNonNull(getClass().getResource("/scoring")).toURI());
		Scorecard card = GoldScorer.score(GoldDocument.readFolder(dir.resolve("gold")),
				GoldDocument.readFolder(dir.resolve("pred")));
		assertThat(card.report())
			.isEqualTo(Files.readString(dir.resolve("expected-report.txt"), StandardCharsets.UTF_8));
		assertThat(card.overall()).isCloseTo((0.5217391 + 0.625 + 0.4615385) / 3, offset(1e-6));
	}

	@Test
	void roundsHalfToEvenOnTheExactValueAsPythonDoes() {
		assertThat(Counts.decimals(0.0625)).isEqualTo("0.062");
		assertThat(Counts.decimals(0.8125)).isEqualTo("0.812");
		assertThat(Counts.decimals(2.0 / 3)).isEqualTo("0.667");
	}

	@Test
	void normalisesWidthSpacesAndQuotesAsScorePyDoes() {
		assertThat(GoldScorer.norm("“江苏核电７号 机组”")).isEqualTo("江苏核电7号机组");
		assertThat(GoldScorer.norm("《无锡市\u3000规划》")).isEqualTo("无锡市规划");
	}

}
