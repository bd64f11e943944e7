package org.coopgraph.cli;

import java.io.PrintWriter;

import org.coopgraph.graph.WriteOutcome;
import org.coopgraph.ingest.IngestListener;

/** Prints one line per document as an ingest run goes: its outcome, or why it failed. */
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
	}

	@Override
	public void written(WriteOutcome outcome, long bytes) {
		this.out.printf("[%d/%d] %-9s %s  (%d entities, %d relations, %d tasks)%n", ++this.done, this.total,
				outcome.status().name().toLowerCase(), outcome.document(), outcome.entities(), outcome.relations(),
				outcome.tasks());
	}

	@Override
	public void failed(String document, String reason, long bytes) {
		this.out.printf("[%d/%d] failed    %s: %s%n", ++this.done, this.total, document, reason);
	}

}
