package org.coopgraph.cli;

import java.io.PrintWriter;

import org.coopgraph.ingest.IngestReport;

/** The table printed at the end of an ingest run. */
record IngestSummary(IngestReport report, boolean dryRun) {

	void print(PrintWriter out) {
		IngestReport r = this.report;
		double seconds = Math.max(r.elapsed().toMillis(), 1) / 1000.0;
		out.println();
		out.println(this.dryRun ? "Dry run: nothing was stored." : "Summary");
		out.printf("  documents  new %d, changed %d, unchanged %d, failed %d%n", r.newDocuments(),
				r.changedDocuments(), r.unchangedDocuments(), r.failures().size());
		out.printf("  added      %d entities, %d relations, %d tasks%n", r.entities(), r.relations(), r.tasks());
		out.printf("  removed    %d relations, %d tasks%n", r.removedRelations(), r.removedTasks());
		out.printf("  took       %.1f s (%.1f documents/s, %,.0f bytes/s)%n", seconds, r.documents() / seconds,
				r.bytes() / seconds);
		if (!r.failures().isEmpty()) {
			out.println("Failed:");
			r.failures().forEach((f) -> out.printf("  %s: %s%n", f.document(), f.reason()));
		}
		if (r.aborted() != null) {
			out.println("Stopped early: " + r.aborted());
		}
	}

}
