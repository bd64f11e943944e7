package org.coopgraph.bench;

import java.util.ArrayList;
import java.util.List;

import org.coopgraph.extract.DocumentExtractor;
import org.coopgraph.extract.hanlp.HanlpSegmenter;

/**
 * Characters per second of the whole extractor against HanLP's plain segmentation of the same texts (the baseline:
 * the least any HanLP-based extractor must do). Both are warmed up first; each repeat times each of them over as many
 * passes through every text as fill a second.
 */
final class ExtractionBench {

	private static final int WARMUP_PASSES = 2;

	private static final double MIN_SECONDS = 1.0;

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
		for (int i = 0; i < WARMUP_PASSES; i++) {
			extractAll(extractor, texts);
			segmentAll(segmenter, texts);
		}
		List<Double> extracting = new ArrayList<>();
		List<Double> segmenting = new ArrayList<>();
		List<Double> ratios = new ArrayList<>();
		for (int r = 0; r < repeats; r++) {
			double e = charsPerSecond(chars, () -> extractAll(extractor, texts));
			double s = charsPerSecond(chars, () -> segmentAll(segmenter, texts));
			extracting.add(e);
			segmenting.add(s);
			ratios.add(e / s);
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
	 * Rate of {@code pass} over texts of {@code chars} characters, repeating it for at least {@link #MIN_SECONDS}: one
	 * pass over a few documents takes tens of milliseconds, and on a shared machine a single preemption then
	 * changes the figure several times over.
	 */
	private static double charsPerSecond(long chars, Runnable pass) {
		long start = System.nanoTime();
		long passes = 0;
		double seconds;
		do {
			pass.run();
			passes++;
			seconds = (System.nanoTime() - start) / 1e9;
		}
		while (seconds < MIN_SECONDS);
		return passes * chars / seconds;
	}

}
