package org.coopgraph.extract.document;

import java.lang.management.ManagementFactory;

import org.coopgraph.extract.model.DocumentExtraction;

/**
 * The child JVM of {@link LargeDocumentMemoryTests}: generates a plan of the given length, extracts it and prints
 * one line with what it found. Run on its own to see the figures: {@code LargeDocumentRun <chars>}.
 */
final class LargeDocumentRun {

	private LargeDocumentRun() {
	}

	public static void main(String[] args) {
		String text = LargePlanText.of(Integer.parseInt(args[0]));
		DocumentExtractor extractor = new DocumentExtractor();
		long start = System.nanoTime();
		DocumentExtraction d = extractor.extract("large-plan.txt", text);
		double seconds = (System.nanoTime() - start) / 1e9;
		System.gc();
		System.out.printf("chars %d tasks %d entities %d relations %d seconds %.1f live-heap-mb %d%n", text.length(),
				d.tasks().size(), d.entities().size(), d.relations().size(), seconds,
				ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20);
	}

}
