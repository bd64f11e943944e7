package org.coopgraph.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Throughput under concurrency: {@code clients} virtual threads, each sending the benchmark queries in turn over its
 * own keep-alive connection, for a fixed time and at most a fixed number of requests. Every answer is checked; any
 * error counts against the run.
 */
final class ConcurrencyBench {

	private ConcurrencyBench() {
	}

	/**
	 * Figures for one concurrency level.
	 *
	 * @param clients concurrent clients
	 * @param requests requests answered
	 * @param errors requests that failed or answered with errors
	 * @param requestsPerSecond answered requests per second of wall time
	 * @param p50Millis median latency under this load
	 * @param p99Millis 99th percentile latency under this load
	 * @param firstError message of the first failure, if any
	 * @param load machine load averages at the end
	 */
	record Figures(int clients, long requests, long errors, double requestsPerSecond, double p50Millis,
			double p99Millis, String firstError, String load) {

	}

	static Figures run(GraphQlHttp http, List<String> bodies, int clients, Duration duration, long maxRequests)
			throws InterruptedException {
		AtomicLong issued = new AtomicLong();
		AtomicLong errors = new AtomicLong();
		AtomicReference<String> firstError = new AtomicReference<>();
		ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
		long start = System.nanoTime();
		long deadline = start + duration.toNanos();
		List<Thread> threads = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			int offset = c;
			threads.add(Thread.ofVirtual().start(() -> {
				for (int i = offset; System.nanoTime() < deadline && issued.incrementAndGet() <= maxRequests; i++) {
					long begin = System.nanoTime();
					try {
						http.post(bodies.get(i % bodies.size()));
						latencies.add(System.nanoTime() - begin);
					}
					catch (Exception ex) {
						errors.incrementAndGet();
						firstError.compareAndSet(null, ex.getMessage());
					}
				}
			}));
		}
		for (Thread thread : threads) {
			thread.join();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		long[] nanos = latencies.stream().mapToLong(Long::longValue).toArray();
		return new Figures(clients, nanos.length, errors.get(), nanos.length / seconds,
				(nanos.length == 0) ? Double.NaN : Spread.percentileMillis(nanos, 50),
				(nanos.length == 0) ? Double.NaN : Spread.percentileMillis(nanos, 99), firstError.get(), Machine.currentLoad());
	}

}
