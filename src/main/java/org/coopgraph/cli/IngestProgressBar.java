package org.coopgraph.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.function.LongSupplier;

import org.coopgraph.graph.WriteOutcome;
import org.coopgraph.ingest.IngestListener;
import org.coopgraph.ingest.IngestReport;

/**
 * A one-line progress bar for a terminal, redrawn in place with {@code \r}: documents and bytes done, rate and time
 * left. Failures and partly extracted documents are printed on their own line above the bar so they stay visible.
 * Redraws at most every {@link #REDRAW_NANOS} so that printing never slows ingest down. Not thread-safe: one per run.
 */
class IngestProgressBar implements IngestListener {

	static final long REDRAW_NANOS = 100_000_000L;

	private static final int BAR_WIDTH = 24;

	private final PrintWriter out;

	private final boolean dryRun;

	private final LongSupplier nanoClock;

	private int totalDocuments;

	private long totalBytes;

	private int documents;

	private long bytes;

	private long startedAt;

	private long drawnAt;

	private int drawnWidth;

	IngestProgressBar(PrintWriter out, boolean dryRun, LongSupplier nanoClock) {
		this.out = out;
		this.dryRun = dryRun;
		this.nanoClock = nanoClock;
	}

	@Override
	public void started(int documents, long bytes) {
		this.totalDocuments = documents;
		this.totalBytes = bytes;
		this.startedAt = this.nanoClock.getAsLong();
		this.out.printf("%s %d document(s), %s%n", this.dryRun ? "Checking" : "Ingesting", documents,
				size(bytes));
		draw();
	}

	@Override
	public void written(WriteOutcome outcome, long bytes) {
		advance(bytes);
	}

	@Override
	public void failed(String document, String reason, long bytes) {
		clear();
		this.out.printf("failed %s%n", IngestSummary.describe(document, reason));
		advance(bytes);
		draw();
	}

	@Override
	public void partlyExtracted(String document, String reason) {
		clear();
		this.out.printf("partly extracted %s%n", IngestSummary.describe(document, reason));
		draw();
	}

	@Override
	public void finished(IngestReport report) {
		draw();
		this.out.println();
		this.out.flush();
	}

	private void advance(long size) {
		this.documents++;
		this.bytes += size;
		if (this.nanoClock.getAsLong() - this.drawnAt >= REDRAW_NANOS || this.documents == this.totalDocuments) {
			draw();
		}
	}

	/** The bar as it would be drawn now, without the leading carriage return. */
	String line() {
		double seconds = Math.max(this.nanoClock.getAsLong() - this.startedAt, 1) / 1e9;
		double done = (this.totalBytes > 0) ? (double) this.bytes / this.totalBytes
				: (this.totalDocuments > 0) ? (double) this.documents / this.totalDocuments : 1;
		int filled = (int) Math.round(done * BAR_WIDTH);
		String eta = (this.bytes == 0) ? "--:--"
				: clock(Duration.ofSeconds(Math.round((this.totalBytes - this.bytes) / (this.bytes / seconds))));
		return "[%s%s] %3d%%  %d/%d docs  %s/%s  %.1f docs/s  %s/s  ETA %s".formatted("#".repeat(filled),
				".".repeat(BAR_WIDTH - filled), Math.round(done * 100), this.documents, this.totalDocuments,
				size(this.bytes), size(this.totalBytes), this.documents / seconds, size((long) (this.bytes / seconds)),
				eta);
	}

	private void draw() {
		String line = line();
		// Pad over the previous, possibly longer, line instead of using terminal escape codes.
		this.out.print("\r" + line + " ".repeat(Math.max(0, this.drawnWidth - line.length())));
		this.out.flush();
		this.drawnWidth = line.length();
		this.drawnAt = this.nanoClock.getAsLong();
	}

	private void clear() {
		this.out.print("\r" + " ".repeat(this.drawnWidth) + "\r");
		this.drawnWidth = 0;
	}

	static String size(long bytes) {
		if (bytes < 1024) {
			return bytes + " B";
		}
		if (bytes < 1024 * 1024) {
			return "%.1f KB".formatted(bytes / 1024.0);
		}
		return "%.1f MB".formatted(bytes / (1024.0 * 1024));
	}

	private static String clock(Duration duration) {
		long seconds = duration.toSeconds();
		return (seconds >= 3600) ? "%d:%02d:%02d".formatted(seconds / 3600, seconds / 60 % 60, seconds % 60)
				: "%d:%02d".formatted(seconds / 60, seconds % 60);
	}

}
