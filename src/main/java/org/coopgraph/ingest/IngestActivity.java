package org.coopgraph.ingest;

/**
 * What the ingest runs under way are doing, for {@code stats} and health while a server ingests: how many documents
 * they were given, how many are done and how many of those failed. Counts are summed over concurrent runs; a run's
 * counts leave when it ends. Thread-safe.
 */
public final class IngestActivity {

	private int runs;

	private int documents;

	private int done;

	private int failed;

	/** The counts at one moment; {@code running} is false, and the counts zero, when no run is under way. */
	public record Snapshot(boolean running, int documents, int done, int failed) {

	}

	public synchronized Snapshot snapshot() {
		return new Snapshot(this.runs > 0, this.documents, this.done, this.failed);
	}

	/** Counts a run of {@code documentCount} documents until the returned handle is closed. */
	synchronized Run begin(int documentCount) {
		this.runs++;
		this.documents += documentCount;
		return new Run(documentCount);
	}

	private synchronized void count(boolean failure) {
		this.done++;
		this.failed += failure ? 1 : 0;
	}

	private synchronized void end(Run run) {
		this.runs--;
		this.documents -= run.documents;
		this.done -= run.done;
		this.failed -= run.failed;
	}

	/** One run's share of the counts; documents are counted done on the thread that finished them. */
	final class Run implements AutoCloseable {

		private final int documents;

		// Guarded by the activity's lock.
		private int done;

		private int failed;

		private Run(int documents) {
			this.documents = documents;
		}

		void done(boolean failure) {
			synchronized (IngestActivity.this) {
				this.done++;
				this.failed += failure ? 1 : 0;
				count(failure);
			}
		}

		@Override
		public void close() {
			end(this);
		}

	}

}
