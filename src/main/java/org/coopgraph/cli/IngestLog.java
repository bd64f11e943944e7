package org.coopgraph.cli;

import java.io.PrintWriter;

import org.coopgraph.graph.WriteOutcome;
import org.coopgraph.ingest.IngestListener;

/**
 * Prints one line per document as an ingest run goes: its outcome and what changed, or why it failed; a document
 * stored partly extracted gets a second line with the reason. For output
 * that is not a terminal (logs, pipes, CI). Not thread-safe: one per run.
 */
class IngestLog implements IngestListener {

	private final PrintWriter out;

	private final boolean dryRun;

	private int total;

	private int done;

	IngestLog(PrintWriter out, boolean dryRun) {
		this.out = out;
		this.dryRun = dryRun;
	}

	@Override
	public void started(int documents, long bytes) {
		this.total = documents;
		this.out.printf("%s %d document(s), %,d bytes%n", this.dryRun ? "Checking" : "Ingesting", documents, bytes);
		this.out.flush();
	}

	@Override
	public void written(WriteOutcome outcome, long bytes) {
		String verb = this.dryRun && outcome.status() != WriteOutcome.Status.UNCHANGED ? "would be "
				+ outcome.status().name().toLowerCase() : outcome.status().name().toLowerCase();
		this.out.printf("[%d/%d] %-9s %s%s%n", ++this.done, this.total, verb, outcome.document(), changes(outcome));
		this.out.flush();
	}

	@Override
	public void failed(String document, String reason, long bytes) {
		this.out.printf("[%d/%d] failed    %s%n", ++this.done, this.total, IngestSummary.describe(document, reason));
		this.out.flush();
	}

	@Override
	public void partlyExtracted(String document, String reason) {
		this.out.printf("          %s%n", IngestSummary.describe(document, reason));
		this.out.flush();
	}

	private static String changes(WriteOutcome outcome) {
		if (outcome.status() == WriteOutcome.Status.UNCHANGED) {
			return "";
		}
		return "  (entities %s, relations %s, tasks %s)".formatted(change(outcome.entityChanges()),
				change(outcome.relationChanges()), change(outcome.taskChanges()));
	}

	static String change(WriteOutcome.Change change) {
		StringBuilder text = new StringBuilder("+" + change.added());
		if (change.updated() > 0) {
			text.append(" ~").append(change.updated());
		}
		if (change.removed() > 0) {
			text.append(" -").append(change.removed());
		}
		return text.toString();
	}

}
