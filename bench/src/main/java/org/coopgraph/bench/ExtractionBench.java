package org.coopgraph.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

import org.coopgraph.extract.document.DocumentExtractor;
import org.coopgraph.extract.hanlp.HanlpSegmenter;

/**
 * Characters per second of the whole extractor against HanLP's plain segmentation of the same texts (the baseline:
 * the least any HanLP-based extractor must do). Both are warmed up first; each repeat alternates quarter-second blocks
 * of passes of the two through every text until each has run for a second. Time is the measuring thread's CPU time,
 * so that other processes on a shared machine change neither side.
 */
final class ExtractionBench {

	/**
	 * Warm-up per side, in CPU time: the extractor is far more code than the segmenter's loop, and a few passes leave
	 * much of it interpreted or compiled at the first tier.
	 */
	private static final long WARMUP_NANOS = 5_000_000_000L;

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private static final long MIN_NANOS = 1_000_000_000L;

	private static final long BLOCK_NANOS = 250_000_000L;

	private ExtractionBench() {
	}

	/**
	 * Figures for extraction.
	 *
	 * @param documents texts measured
	 * @param chars their total length
	 * @param extractorCharsPerSecond spread over repeats
	 * @param segmenterCharsPerSecond spread over repeats
	 * @param ratio extractor rate divided by segmenter rate, per repeat
	 */
	record Figures(int documents, long chars, Spread extractorCharsPerSecond, Spread segmenterCharsPerSecond,
			Spread ratio) {

	}

	static Figures run(List<String> texts, int repeats) {
		DocumentExtractor extractor = new DocumentExtractor();
		HanlpSegmenter segmenter = new HanlpSegmenter();
		long chars = texts.stream().mapToLong(String::length).sum();
		Timed warmExtraction = new Timed(() -> extractAll(extractor, texts));
		Timed warmSegmentation = new Timed(() -> segmentAll(segmenter, texts));
		while (warmExtraction.nanos < WARMUP_NANOS || warmSegmentation.nanos < WARMUP_NANOS) {
			warmExtraction.block();
			warmSegmentation.block();
		}
		List<Double> extracting = new ArrayList<>();
		List<Double> segmenting = new ArrayList<>();
		List<Double> ratios = new ArrayList<>();
		for (int r = 0; r < repeats; r++) {
			Timed e = new Timed(() -> extractAll(extractor, texts));
			Timed s = new Timed(() -> segmentAll(segmenter, texts));
			// Interleaved in blocks, so that both meet the same load; a block is long enough that neither pays much
			// for the caches the other left behind.
			while (e.nanos < MIN_NANOS || s.nanos < MIN_NANOS) {
				e.block();
				s.block();
			}
			extracting.add(e.charsPerSecond(chars));
			segmenting.add(s.charsPerSecond(chars));
			ratios.add(e.charsPerSecond(chars) / s.charsPerSecond(chars));
		}
		return new Figures(texts.size(), chars, Spread.of(extracting), Spread.of(segmenting), Spread.of(ratios));
	}

	private static void extractAll(DocumentExtractor extractor, List<String> texts) {
		for (int i = 0; i < texts.size(); i++) {
			extractor.extract("bench-" + i, texts.get(i));
		}
	}

	private static void segmentAll(HanlpSegmenter segmenter, List<String> texts) {
		texts.forEach(segmenter::segment);
	}

	/**
	 * Passes of one side of the comparison and the CPU time they took. A pass over a few documents takes tens of
	 * milliseconds, and on a shared machine a single preemption would change its rate several times over in wall
	 * time: each side runs for at least {@link #MIN_NANOS} of CPU time per repeat.
	 */
	private static final class Timed {

		private final Runnable work;

		private long passes;

		private long nanos;

		Timed(Runnable work) {
			this.work = work;
		}

		/** Passes for at least {@link #BLOCK_NANOS}. */
		void block() {
			long start = THREADS.getCurrentThreadCpuTime();
			long elapsed;
			do {
				this.work.run();
				this.passes++;
				elapsed = THREADS.getCurrentThreadCpuTime() - start;
			}
			while (elapsed < BLOCK_NANOS);
			this.nanos += elapsed;
		}

		double charsPerSecond(long chars) {
			return this.passes * chars / (this.nanos / 1e9);
		}

	}

}
