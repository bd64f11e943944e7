package org.coopgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.coopgraph.graph.DocumentWrite;
import org.coopgraph.graph.GraphUnavailableException;
import org.coopgraph.graph.GraphWriter;
import org.coopgraph.graph.WriteOutcome;

/**
 * The one thread that writes ingested documents into the graph. Workers hand it extracted documents and go on
 * extracting; it stores whatever has queued up meanwhile in one transaction ({@link GraphWriter#writeAll}), so that
 * the commit's fixed cost is paid once per batch instead of once per document. The queue is bounded: when the writer
 * falls behind, workers wait (back-pressure), and memory holds at most {@link #QUEUED} extractions besides the batch
 * being written.
 * <p>
 * Each document stays atomic: a batch that fails is written again one document per transaction, so that only the
 * document that caused the failure fails (its stored version stays) and the others are stored. A database that went
 * away fails every document of the batch with {@link GraphUnavailableException}. Dry runs are written one per
 * transaction, as each is rolled back. Thread-safe.
 */
final class BatchedWriter implements AutoCloseable {

	/** Documents extracted and waiting for the writer, at most. */
	static final int QUEUED = 64;

	/** Documents in one transaction, at most. */
	static final int BATCH_DOCUMENTS = 64;

	/** Characters of text in one transaction, at most (unless one document alone has more): bounds its size. */
	private static final long BATCH_CHARS = 4_000_000;

	/** How often a waiting thread looks whether the writer was closed. */
	private static final long POLL_MILLIS = 200;

	private record Pending(DocumentWrite document, boolean dryRun, CompletableFuture<WriteOutcome> outcome) {

	}

	private final GraphWriter writer;

	private final BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(QUEUED);

	private Thread thread;

	private volatile boolean closed;

	BatchedWriter(GraphWriter writer) {
		this.writer = writer;
	}

	/**
	 * Queues {@code document} for writing, waiting while the queue is full.
	 * @return its outcome once written; failed with the writer's exception, or with
	 * {@link GraphUnavailableException} when the writer is closed
	 */
	CompletableFuture<WriteOutcome> submit(DocumentWrite document, boolean dryRun) {
		Pending pending = new Pending(document, dryRun, new CompletableFuture<>());
		try {
			startIfNeeded();
			while (!this.queue.offer(pending, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
				if (this.closed) {
					pending.outcome().completeExceptionally(closedException());
					break;
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			pending.outcome().completeExceptionally(ex);
		}
		return pending.outcome();
	}

	/** Stops taking documents, waits for those queued to be written, and stops the writing thread. */
	@Override
	public void close() throws InterruptedException {
		Thread writing;
		synchronized (this) {
			this.closed = true;
			writing = this.thread;
		}
		if (writing != null) {
			// Never interrupted: an interrupt during a write closes Neo4j's file channels.
			writing.join();
		}
		// A document queued after the thread's last look.
		for (Pending pending = this.queue.poll(); pending != null; pending = this.queue.poll()) {
			pending.outcome().completeExceptionally(closedException());
		}
	}

	private synchronized void startIfNeeded() {
		if (this.closed) {
			throw closedException();
		}
		if (this.thread == null || !this.thread.isAlive()) {
			this.thread = Thread.ofPlatform().daemon().name("coopgraph-writer").start(this::writeUntilClosed);
		}
	}

	private void writeUntilClosed() {
		List<Pending> taken = new ArrayList<>();
		try {
			while (!this.closed || !this.queue.isEmpty()) {
				Pending first = this.queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				taken.add(first);
				long chars = first.document().source().chars();
				for (Pending next = null; taken.size() < BATCH_DOCUMENTS && chars < BATCH_CHARS
						&& (next = this.queue.poll()) != null;) {
					taken.add(next);
					chars += next.document().source().chars();
				}
				writeInOrder(taken);
				taken.clear();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			// Whatever stopped this thread, no worker waits forever on a document it took.
			taken.forEach((pending) -> pending.outcome().completeExceptionally(closedException()));
		}
	}

	/** Dry runs one by one, each in a transaction rolled back; consecutive real writes in batches. */
	private void writeInOrder(List<Pending> taken) {
		List<Pending> batch = new ArrayList<>();
		for (Pending pending : taken) {
			if (pending.dryRun()) {
				writeBatch(batch);
				batch.clear();
				writeAlone(pending);
			}
			else {
				batch.add(pending);
			}
		}
		writeBatch(batch);
	}

	private void writeBatch(List<Pending> batch) {
		if (batch.size() <= 1) {
			batch.forEach(this::writeAlone);
			return;
		}
		List<WriteOutcome> outcomes;
		try {
			outcomes = this.writer.writeAll(batch.stream().map(Pending::document).toList(), false);
		}
		catch (GraphUnavailableException ex) {
			batch.forEach((pending) -> pending.outcome().completeExceptionally(ex));
			return;
		}
		catch (RuntimeException ex) {
			// The batch was rolled back as a whole: find the document that failed, and store the others.
			batch.forEach(this::writeAlone);
			return;
		}
		for (int i = 0; i < batch.size(); i++) {
			batch.get(i).outcome().complete(outcomes.get(i));
		}
	}

	private void writeAlone(Pending pending) {
		try {
			pending.outcome()
				.complete(this.writer.write(pending.document().source(), pending.document().extraction(),
						pending.dryRun()));
		}
		catch (RuntimeException ex) {
			pending.outcome().completeExceptionally(ex);
		}
	}

	private static GraphUnavailableException closedException() {
		return new GraphUnavailableException("the application is shutting down", null);
	}

}
