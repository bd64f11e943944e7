package org.coopgraph.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.coopgraph.extract.document.DocumentExtractor;
import org.coopgraph.extract.hanlp.HanlpSegmenter;
import org.coopgraph.graph.WriteOutcome;
import org.coopgraph.ingest.IngestJob;
import org.coopgraph.ingest.IngestListener;
import org.coopgraph.ingest.IngestReport;
import org.coopgraph.ingest.read.DocumentReaders;
import org.coopgraph.ingest.read.SourceDocument;

/**
 * Ingest against extraction alone, and extraction against HanLP's plain segmentation, on the same documents
 * (generated work plans, or real documents repeated: {@link IngestCorpus}), in one run (issue 16: ingest should
 * reach 0.8x of extraction alone; issue 20: extraction 0.5x of segmentation). Segmentation alone and extraction
 * alone read every document and segment or extract it on every core, storing nothing; ingest runs
 * {@link IngestJob}, what {@code coopgraph ingest} runs, into a new embedded database. All use the application's own
 * reader and extractor, in this JVM, after the same warm-up on other documents (ingest's warm-up is timed too: the
 * first documents into a new database). While ingest runs, checkpoints record
 * how docs/s and the heap behave as the number of documents grows. Each pass also notes the CPU time the whole process
 * spent per document (every thread, the collector and the JIT compiler too): on a shared machine the wall clock of a
 * pass moves with the load, its CPU per document much less, and with every core busy the ratio of CPU per document is
 * the ratio of throughputs a machine doing nothing else would see.
 */
final class IngestBench {

	/** Documents extracted, segmented and ingested before anything is timed. */
	private static final int WARMUP_DOCUMENTS = 200;

	private static final long MIB = 1 << 20;

	private IngestBench() {
	}

	/**
	 * How ingest stood after {@code documents}.
	 *
	 * @param documents documents ingested so far
	 * @param seconds since ingest started
	 * @param docsPerSecond over the documents since the previous checkpoint
	 * @param overallDocsPerSecond over all documents so far
	 * @param heapAfterGcMib heap in use after the latest collection: what the run keeps
	 * @param peakHeapMib most heap in use at any sample so far
	 */
	record Checkpoint(int documents, double seconds, double docsPerSecond, double overallDocsPerSecond,
			long heapAfterGcMib, long peakHeapMib) {

	}

	/**
	 * @param corpus what the documents are
	 * @param documents documents measured
	 * @param megabytes their size on disk
	 * @param extractThreads threads of extraction alone and of segmentation alone: one per core
	 * @param workers ingest workers
	 * @param segmentDocsPerSecond HanLP's plain segmentation of the same documents (read and segment, every core)
	 * @param extractDocsPerSecond extraction alone, over its two passes (before and after ingest)
	 * @param extractBeforeDocsPerSecond extraction alone, the pass before ingest
	 * @param extractAfterDocsPerSecond extraction alone, the pass after ingest
	 * @param ingestDocsPerSecond ingest, from the call to its report
	 * @param ratio ingest over extraction alone
	 * @param extractOverSegment extraction alone over segmentation alone
	 * @param warmupDocuments documents (others than the measured ones) extracted, segmented and ingested first
	 * @param coldIngestDocsPerSecond ingest of the warm-up documents into the new database: the first documents pay
	 * for compiling the writer's statements
	 * @param cpu the process's CPU milliseconds per document in each pass
	 * @param failed documents ingest did not store
	 * @param checkpoints ingest as the count grows
	 * @param load the load averages before and after the measured passes
	 */
	record Figures(String corpus, int documents, double megabytes, int extractThreads, int workers,
			double segmentDocsPerSecond, double extractDocsPerSecond, double extractBeforeDocsPerSecond,
			double extractAfterDocsPerSecond, double ingestDocsPerSecond, double ratio, double extractOverSegment,
			int warmupDocuments, double coldIngestDocsPerSecond, CpuPerDocument cpu, int failed,
			List<Checkpoint> checkpoints, List<String> load) {

	}

	/**
	 * CPU milliseconds the whole process spent per document in each pass.
	 *
	 * @param segment segmentation alone
	 * @param extract extraction alone, over its two passes
	 * @param ingest ingest
	 */
	record CpuPerDocument(double segment, double extract, double ingest) {

		/** Ingest over extraction alone as throughputs with every core busy: extraction's CPU over ingest's. */
		double ingestOverExtract() {
			return this.extract / this.ingest;
		}

	}

	static Figures run(IngestCorpus source, int documents, int workers, Path folder, DatabaseLauncher launcher)
			throws IOException, InterruptedException {
		Path corpus = folder.resolve(source.label() + "-" + documents);
		source.write(corpus, 0, documents);
		// Documents numbered after the measured ones: other names, so none of them is skipped as stored.
		int warmupDocuments = Math.min(WARMUP_DOCUMENTS, documents);
		Path warmup = folder.resolve(source.label() + "-warmup-" + warmupDocuments + "-after-" + documents);
		source.write(warmup, documents, warmupDocuments);
		Path dataDir = folder.resolve("data-" + documents);
		LoadBench.delete(dataDir);
		try (DatabaseLauncher.OpenDatabase database = launcher.open(dataDir, Optional.empty())) {
			DocumentReaders readers = database.bean(DocumentReaders.class);
			List<Path> files = readers.collect(List.of(corpus));
			long bytes = 0;
			for (Path file : files) {
				bytes += Files.size(file);
			}
			DocumentExtractor extractor = database.bean(DocumentExtractor.class);
			HanlpSegmenter segmenter = new HanlpSegmenter();
			IngestJob ingest = database.bean(IngestJob.class);
			int threads = Runtime.getRuntime().availableProcessors();
			List<Path> warmupFiles = readers.collect(List.of(warmup));
			Work extract = (document) -> extractor.extract(document.name(), document.text());
			Work segment = (document) -> segmenter.segment(document.text());
			// Neither side pays for compiling the extractor, nor ingest for compiling the writer's statements.
			runAll(warmupFiles, readers, extract, threads);
			runAll(warmupFiles, readers, segment, threads);
			long coldStart = System.nanoTime();
			ingest.run(List.of(warmup), false, workers, IngestListener.NONE);
			double coldPerSecond = warmupFiles.size() / seconds(coldStart);

			List<String> load = new ArrayList<>(List.of(Machine.currentLoad()));
			long cpu = processCpuNanos();
			double segmentPerSecond = files.size() / time(() -> runAll(files, readers, segment, threads));
			long segmentCpu = processCpuNanos() - cpu;
			cpu = processCpuNanos();
			double extractBefore = time(() -> runAll(files, readers, extract, threads));
			long extractCpu = processCpuNanos() - cpu;
			System.gc();
			Checkpoints checkpoints = new Checkpoints(files.size());
			IngestReport report;
			cpu = processCpuNanos();
			try (HeapSampler heap = HeapSampler.start()) {
				checkpoints.heap = heap;
				report = ingest.run(List.of(corpus), false, workers, checkpoints);
			}
			long ingestCpu = processCpuNanos() - cpu;
			double ingestPerSecond = files.size() / checkpoints.elapsedSeconds();
			// Extraction alone before and after ingest: on a shared machine the load moves, and the two passes
			// bracket the ingest's.
			cpu = processCpuNanos();
			double extractAfter = time(() -> runAll(files, readers, extract, threads));
			extractCpu += processCpuNanos() - cpu;
			load.add(Machine.currentLoad());
			double extractPerSecond = 2 * files.size() / (extractBefore + extractAfter);
			double millionsOfDocuments = 1e6 * files.size();
			CpuPerDocument cpuPerDocument = new CpuPerDocument(segmentCpu / millionsOfDocuments,
					extractCpu / (2 * millionsOfDocuments), ingestCpu / millionsOfDocuments);
			return new Figures(source.describe(files.size()), files.size(), bytes / 1e6, threads, workers,
					segmentPerSecond, extractPerSecond, files.size() / extractBefore, files.size() / extractAfter,
					ingestPerSecond, ingestPerSecond / extractPerSecond, extractPerSecond / segmentPerSecond,
					warmupDocuments, coldPerSecond, cpuPerDocument, report.failures().size(), checkpoints.reached,
					load);
		}
	}

	/** What extraction alone or segmentation alone does with one document. */
	@FunctionalInterface
	private interface Work {

		Object apply(SourceDocument document);

	}

	@FunctionalInterface
	private interface Pass {

		void run() throws InterruptedException;

	}

	private static double time(Pass pass) throws InterruptedException {
		long start = System.nanoTime();
		pass.run();
		return seconds(start);
	}

	/** Reads every file and does {@code work} with it, on {@code threads} threads. */
	private static void runAll(List<Path> files, DocumentReaders readers, Work work, int threads)
			throws InterruptedException {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> pending = new ArrayList<>();
			for (Path file : files) {
				pending.add(pool.submit(() -> work.apply(readers.read(file))));
			}
			for (Future<?> future : pending) {
				future.get();
			}
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("a pass without the database failed: " + ex.getCause().getMessage(),
					ex.getCause());
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** CPU time of every thread of this process so far, the collector's and the compiler's included. */
	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	private static double seconds(long startNanos) {
		return (System.nanoTime() - startNanos) / 1e9;
	}

	/**
	 * The counts at which ingest is looked at: every tenth of the run, and 1,000, 10,000 and 100,000 when the run
	 * passes them.
	 */
	static TreeSet<Integer> checkpointsOf(int documents) {
		TreeSet<Integer> at = new TreeSet<>();
		for (int tenth = 1; tenth <= 10; tenth++) {
			at.add(Math.max(1, documents * tenth / 10));
		}
		for (int power = 1_000; power <= documents; power *= 10) {
			at.add(power);
		}
		return at;
	}

	/** Hears ingest's documents, in order on the ingesting thread, and notes each checkpoint as it is reached. */
	private static final class Checkpoints implements IngestListener {

		private final TreeSet<Integer> at;

		private final List<Checkpoint> reached = new ArrayList<>();

		private final long start = System.nanoTime();

		private HeapSampler heap;

		private int done;

		private long lastNanos = this.start;

		private int lastDone;

		Checkpoints(int documents) {
			this.at = checkpointsOf(documents);
		}

		@Override
		public void written(WriteOutcome outcome, long bytes) {
			count();
		}

		@Override
		public void failed(String document, String reason, long bytes) {
			count();
		}

		private void count() {
			this.done++;
			if (!this.at.contains(this.done)) {
				return;
			}
			long now = System.nanoTime();
			this.reached.add(new Checkpoint(this.done, (now - this.start) / 1e9,
					(this.done - this.lastDone) / ((now - this.lastNanos) / 1e9),
					this.done / ((now - this.start) / 1e9), HeapSampler.afterLastCollectionMib(),
					this.heap.peakMib()));
			this.lastNanos = now;
			this.lastDone = this.done;
		}

		double elapsedSeconds() {
			return seconds(this.start);
		}

	}

	/** Samples the heap in use every few milliseconds on a daemon thread, keeping the most seen. */
	private static final class HeapSampler implements AutoCloseable {

		private final AtomicLong peak = new AtomicLong();

		private final Thread thread;

		private HeapSampler() {
			this.thread = Thread.ofPlatform().daemon().name("bench-heap-sampler").unstarted(this::sample);
		}

		static HeapSampler start() {
			HeapSampler sampler = new HeapSampler();
			sampler.thread.start();
			return sampler;
		}

		private void sample() {
			while (!Thread.currentThread().isInterrupted()) {
				this.peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(),
						Math::max);
				try {
					Thread.sleep(10);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}

		long peakMib() {
			return this.peak.get() / MIB;
		}

		/** The heap left in use by the latest collection of each heap pool. */
		static long afterLastCollectionMib() {
			long used = 0;
			for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
				if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
					used += pool.getCollectionUsage().getUsed();
				}
			}
			return used / MIB;
		}

		@Override
		public void close() throws InterruptedException {
			this.thread.interrupt();
			this.thread.join();
		}

	}

}
