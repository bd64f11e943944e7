package org.coopgraph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * One ingest run over a list of files, whoever does the work on each document ({@link DocumentIngest}): a few
 * worker threads handle documents, while the listener hears about them and the report counts them in file order, on
 * the calling thread. At most two documents per worker are in flight, besides those extracted and waiting for the
 * writer ({@link BatchedWriter#QUEUED} and a batch being written), so memory does not grow with the batch. A
 * document that fails is reported and the run goes on; one whose store went away stops the run: documents already
 * in flight finish (those the store refused are reported as not stored), and the report counts those not reached.
 */
public final class IngestRun {

	private IngestRun() {
	}

	/**
	 * Ingests {@code files} in order.
	 * @param dryRun work out what would change, storing nothing
	 * @param workers how many documents to process at once
	 * @param listener told about each document as it is done, in file order, on the calling thread
	 * @param perDocument what happens to each document, on a worker thread
	 */
	public static IngestReport run(List<Path> files, boolean dryRun, int workers, IngestListener listener,
			DocumentIngest perDocument) {
		long startedAt = System.nanoTime();
		listener.started(files.size(), files.stream().mapToLong(IngestRun::sizeOf).sum());
		IngestTally tally = new IngestTally(dryRun);
		int threads = Math.max(1, workers);
		ExecutorService pool = Executors.newFixedThreadPool(threads, (task) -> {
			Thread thread = new Thread(task, "coopgraph-ingest");
			thread.setDaemon(true);
			return thread;
		});
		Deque<Future<CompletableFuture<DocumentResult>>> inFlight = new ArrayDeque<>();
		int maxInFlight = 2 * threads + BatchedWriter.QUEUED + BatchedWriter.BATCH_DOCUMENTS;
		Iterator<Path> next = files.iterator();
		try {
			while (true) {
				while (next.hasNext() && inFlight.size() < maxInFlight && !tally.aborted()) {
					Path file = next.next();
					inFlight.add(pool.submit(() -> perDocument.ingest(file, dryRun)));
				}
				if (inFlight.isEmpty()) {
					break;
				}
				record(await(inFlight.poll()), tally, listener);
			}
		}
		finally {
			pool.shutdownNow();
		}
		tally.notReached(files.size() - tally.documents());
		IngestReport report = tally.report(Duration.ofNanos(System.nanoTime() - startedAt));
		listener.finished(report);
		return report;
	}

	private static void record(DocumentResult result, IngestTally tally, IngestListener listener) {
		for (IngestStage stage : IngestStage.values()) {
			tally.time(stage, result.nanos()[stage.ordinal()]);
		}
		if (result.outcome() != null) {
			tally.add(result.outcome(), result.bytes());
			listener.written(result.outcome(), result.bytes());
			if (result.reason() != null) {
				tally.partlyExtracted(result.document(), result.reason());
				listener.partlyExtracted(result.document(), result.reason());
			}
		}
		else if (result.storeGone()) {
			// Listed with the others that failed, so that the summary names every document this run did not store;
			// the reason, the same for all, is given once as why the run stopped.
			String reason = result.document() + ": not stored, the run stopped";
			tally.abort(result.reason());
			tally.fail(result.document(), reason, result.bytes());
			listener.failed(result.document(), reason, result.bytes());
		}
		else {
			tally.fail(result.document(), result.reason(), result.bytes());
			listener.failed(result.document(), result.reason(), result.bytes());
		}
	}

	private static DocumentResult await(Future<CompletableFuture<DocumentResult>> future) {
		try {
			return future.get().get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Ingest was interrupted", ex);
		}
		catch (ExecutionException ex) {
			// DocumentIngest never throws a RuntimeException; only an Error gets here.
			throw new IllegalStateException("Ingest worker failed", ex.getCause());
		}
	}

	static long sizeOf(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			return 0;
		}
	}

}
