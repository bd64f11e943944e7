package org.coopgraph.bench.bulk;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Cuts the rows {@code [0, size)} of one group into batches and runs them on {@code writers} threads, each batch in a
 * transaction of its own; returns once all are done, rethrowing the first failure. Thread-safe; holds no state.
 */
final class ParallelBatches {

	private ParallelBatches() {
	}

	/** Writes rows {@code [first, end)} in one transaction. */
	@FunctionalInterface
	interface Batch {

		void write(int first, int end);

	}

	/** Runs every batch; returns how many there were. */
	static int run(int size, int batchSize, int writers, Batch batch) {
		List<Callable<Void>> batches = new ArrayList<>();
		for (int from = 0; from < size; from += batchSize) {
			int first = from;
			int end = Math.min(size, from + batchSize);
			batches.add(() -> {
				batch.write(first, end);
				return null;
			});
		}
		try (ExecutorService pool = Executors.newFixedThreadPool(writers)) {
			for (Future<Void> done : pool.invokeAll(batches)) {
				done.get();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("bulk load interrupted", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			throw new IllegalStateException(ex.getCause());
		}
		return batches.size();
	}

}
