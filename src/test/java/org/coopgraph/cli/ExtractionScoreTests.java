package org.coopgraph.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs {@code coopgraph extract} on the seed corpus and scores it with the project's scorer against the hand-made
 * annotations: a ratchet that fails when the overall F1 drops below the best reached so far.
 */
class ExtractionScoreTests {

	/** Overall F1 (mean of entities, relations, responsible) reached on the seeds; raise it as extraction improves. */
	static final double MIN_OVERALL_F1 = 0.92;

	private static final Path SHARED = Path.of("..", "shared");

	@Test
	void seedExtractionScoresAtLeastTheRatchet() throws Exception {
		Path scorer = SHARED.resolve("tools/score.py");
		assumeTrue(Files.isRegularFile(scorer), "../shared/tools/score.py is not beside the checkout");
		Path out = Files.createTempDirectory("coopgraph-extract-score-");
		List<String> seeds;
		try (var files = Files.list(Path.of("import"))) {
			seeds = files.filter((f) -> f.toString().endsWith(".txt")).map(Path::toString).sorted().toList();
		}
		String[] args = new String[seeds.size() + 3];
		args[0] = "extract";
		args[1] = "--out";
		args[2] = out.toString();
		for (int i = 0; i < seeds.size(); i++) {
			args[i + 3] = seeds.get(i);
		}
		int exit = CoopgraphCommand.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
			.execute(args);
		assertThat(exit).isZero();

		Process score = new ProcessBuilder("python3", scorer.toString(), SHARED.resolve("gold").toString(),
				out.toString(), "--min-f1", String.valueOf(MIN_OVERALL_F1))
			.redirectErrorStream(true)
			.start();
		assertThat(score.waitFor(120, TimeUnit.SECONDS)).isTrue();
		String report = new String(score.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		System.out.println(report);
		assertThat(score.exitValue()).as(report).isZero();
	}

}
