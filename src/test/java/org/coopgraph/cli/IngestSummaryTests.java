package org.coopgraph.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.coopgraph.graph.WriteOutcome.Change;
import org.coopgraph.ingest.IngestReport;
import org.coopgraph.ingest.IngestStage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IngestSummaryTests {

	@Test
	void tabulatesDocumentsByOutcomeAndFactsAddedUpdatedAndRemoved() {
		String text = print(report(false, List.of(), null));

		assertThat(text).contains("Summary")
			.containsPattern("new +changed +unchanged +failed\\s+3 +1 +6 +0")
			.containsPattern("entities +12 +0 +1")
			.containsPattern("relations +40 +2 +3")
			.containsPattern("tasks +10 +1 +2")
			.contains("took 2.0 s: 5.0 documents/s, 20.0 relations/s")
			.contains("reading 0.1 s, extracting 1.5 s, writing 0.0 s");
	}

	@Test
	void aDryRunSaysNothingWasStored() {
		assertThat(print(report(true, List.of(), null))).contains("Dry run: nothing was stored")
			.doesNotContain("Summary");
	}

	@Test
	void listsEveryFailedDocumentWithItsReasonAndExitsWithPartial() {
		IngestReport report = report(false, List.of(new IngestReport.Failure("broken.txt", "broken.txt: binary file"),
				new IngestReport.Failure("empty.txt", "no text")), null);

		assertThat(print(report)).contains("Failed (2):", "  broken.txt: binary file", "  empty.txt: no text");
		assertThat(IngestCommand.exitCode(report)).isEqualTo(ExitCodes.PARTIAL).isNotZero();
	}

	@Test
	void listsPartlyExtractedDocumentsWithTheirReasonAndExitsWithPartial() {
		IngestReport report = new IngestReport(false, 1, 0, 0, List.of(),
				List.of(new IngestReport.Failure("long.txt", "long.txt: partly extracted: characters 0-1048576 not "
						+ "extracted: IllegalStateException: broken")),
				Change.NONE, Change.NONE, Change.NONE, 2_000_000, Duration.ofSeconds(1), Map.of(), null);

		assertThat(print(report)).contains("1 stored partly extracted", "Partly extracted (1)",
				"  long.txt: partly extracted: characters 0-1048576");
		assertThat(IngestCommand.exitCode(report)).isEqualTo(ExitCodes.PARTIAL);
	}

	@Test
	void aRunThatLostTheDatabaseSaysWhyAndExitsWithStoreUnavailable() {
		IngestReport report = report(false, List.of(), "the database became unavailable: connection refused");

		assertThat(print(report)).contains("Stopped early, keeping what was stored: the database became unavailable: connection refused");
		assertThat(IngestCommand.exitCode(report)).isEqualTo(ExitCodes.STORE_UNAVAILABLE);
	}

	@Test
	void aCompleteRunExitsWithZero() {
		assertThat(IngestCommand.exitCode(report(false, List.of(), null))).isZero();
	}

	private static IngestReport report(boolean dryRun, List<IngestReport.Failure> failures, String aborted) {
		return new IngestReport(dryRun, 3, 1, 6, failures, List.of(), new Change(12, 0, 1), new Change(40, 2, 3),
				new Change(10, 1, 2), 20_000, Duration.ofSeconds(2),
				Map.of(IngestStage.READ, Duration.ofMillis(100), IngestStage.EXTRACT, Duration.ofMillis(1500)), aborted);
	}

	private static String print(IngestReport report) {
		StringWriter text = new StringWriter();
		new IngestSummary(report).print(new PrintWriter(text));
		return text.toString();
	}

}
