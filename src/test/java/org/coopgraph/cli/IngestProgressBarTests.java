package org.coopgraph.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;

import org.coopgraph.graph.WriteOutcome;
import org.coopgraph.graph.WriteOutcome.Change;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IngestProgressBarTests {

	private final StringWriter text = new StringWriter();

	private long now;

	private final IngestProgressBar bar = new IngestProgressBar(new PrintWriter(this.text), false, () -> this.now);

	@Test
	void redrawsOneLineWithDocumentsBytesRateAndTimeLeft() {
		this.bar.started(4, 4000);
		this.now = 1_000_000_000L;
		this.bar.written(outcome("a.txt"), 1000);

		String last = lastDrawn();
		assertThat(this.text.toString()).contains("\r");
		assertThat(last).startsWith("[######..................]  25%")
			.contains("1/4 docs", "1000 B/3.9 KB", "1.0 docs/s", "ETA 0:03");
	}

	@Test
	void printsAFailureOnItsOwnLineSoItStaysVisible() {
		this.bar.started(2, 2000);
		this.bar.failed("broken.txt", "broken.txt: not a text file", 1000);

		assertThat(this.text.toString()).contains("\rfailed broken.txt: not a text file" + System.lineSeparator());
		assertThat(lastDrawn()).contains("1/2 docs");
	}

	@Test
	void redrawsAtMostTenTimesASecondHoweverFastDocumentsGo() {
		this.bar.started(1000, 1000);
		for (int i = 0; i < 999; i++) {
			this.now += 1_000_000L;
			this.bar.written(outcome("d" + i), 1);
		}

		// 999 documents in 0.999 s: the first draw, about one per 100 ms, nothing more.
		assertThat(this.text.toString().chars().filter((c) -> c == '\r').count()).isBetween(9L, 12L);
	}

	@Test
	void endsWithTheFullBarOnItsOwnLine() {
		this.bar.started(1, 10);
		this.bar.written(outcome("a.txt"), 10);
		this.bar.finished(null);

		assertThat(this.text.toString()).endsWith(System.lineSeparator());
		assertThat(lastDrawn()).startsWith("[########################] 100%").contains("1/1 docs", "ETA 0:00");
	}

	private String lastDrawn() {
		List<String> draws = Arrays.asList(this.text.toString().split("\r"));
		return draws.get(draws.size() - 1).strip();
	}

	private static WriteOutcome outcome(String document) {
		return new WriteOutcome(document, WriteOutcome.Status.NEW, 1, 1, 1, new Change(1, 0, 0), new Change(1, 0, 0),
				new Change(1, 0, 0), List.of());
	}

}
