package org.coopgraph.cli;

import java.io.PrintWriter;

import org.coopgraph.graph.WriteOutcome.Change;
import org.coopgraph.ingest.IngestReport;
import org.coopgraph.ingest.IngestStage;

/**
 * The table printed at the end of an ingest run: documents by outcome, entities, relations and tasks added, updated
 * and removed, throughput, and every failure and partly extracted document with its reason. A dry run says so and counts what would have changed.
 */
record IngestSummary(IngestReport report) {

	void print(PrintWriter out) {
		IngestReport r = this.report;
		double seconds = Math.max(r.elapsed().toMillis(), 1) / 1000.0;
		out.println();
		out.println(r.dryRun() ? "Dry run: nothing was stored; this is what ingest would do." : "Summary");
		out.printf("  %-10s %9s %9s %9s %9s%n", "documents", "new", "changed", "unchanged", "failed");
		out.printf("  %-10s %9d %9d %9d %9d%n", "", r.newDocuments(), r.changedDocuments(), r.unchangedDocuments(),
				r.failures().size());
		if (!r.partlyExtracted().isEmpty()) {
			out.printf("  %-10s %d stored partly extracted (counted above)%n", "", r.partlyExtracted().size());
		}
		out.printf("  %-10s %9s %9s %9s%n", "", "added", "updated", "removed");
		row(out, "entities", r.entities());
		row(out, "relations", r.relations());
		row(out, "tasks", r.tasks());
		out.printf("  took %.1f s: %.1f documents/s, %.1f relations/s, %s/s%n", seconds, r.documents() / seconds,
				r.relations().added() / seconds, IngestProgressBar.size((long) (r.bytes() / seconds)));
		out.printf("  work     reading %.1f s, extracting %.1f s, writing %.1f s (summed over workers)%n", seconds(r, IngestStage.READ),
				seconds(r, IngestStage.EXTRACT), seconds(r, IngestStage.WRITE));
		if (!r.failures().isEmpty()) {
			out.printf("Failed (%d):%n", r.failures().size());
			r.failures().forEach((f) -> out.println("  " + describe(f.document(), f.reason())));
		}
		if (!r.partlyExtracted().isEmpty()) {
			out.printf("Partly extracted (%d), stored without the sections named:%n", r.partlyExtracted().size());
			r.partlyExtracted().forEach((f) -> out.println("  " + describe(f.document(), f.reason())));
		}
		if (r.aborted() != null) {
			out.println("Stopped early, keeping what was stored: " + r.aborted());
		}
		out.flush();
	}

	private static double seconds(IngestReport report, IngestStage stage) {
		return report.time(stage).toMillis() / 1000.0;
	}

	/** A failure as one line that names the document once. */
	static String describe(String document, String reason) {
		return reason.startsWith(document) ? reason : document + ": " + reason;
	}

	private static void row(PrintWriter out, String what, Change change) {
		out.printf("  %-10s %9d %9d %9d%n", what, change.added(), change.updated(), change.removed());
	}

}
