package org.coopgraph.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Minimum, median and maximum of one figure over the repeats of a benchmark.
 *
 * @param min smallest value
 * @param median middle value (mean of the two middle ones for an even count)
 * @param max largest value
 */
public record Spread(double min, double median, double max) {

	public static Spread of(List<Double> values) {
		if (values.isEmpty()) {
			return new Spread(Double.NaN, Double.NaN, Double.NaN);
		}
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int n = sorted.size();
		double median = (n % 2 == 1) ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
		return new Spread(sorted.get(0), median, sorted.get(n - 1));
	}

	/** The value at {@code percentile} (0 to 100) of {@code nanos}, nearest rank, in milliseconds. */
	public static double percentileMillis(long[] nanos, double percentile) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
		return sorted[Math.clamp(rank - 1, 0, sorted.length - 1)] / 1e6;
	}

	/** As {@code "min / median / max"} with the given format for each. */
	public String format(String each) {
		return each.formatted(this.min) + " / " + each.formatted(this.median) + " / " + each.formatted(this.max);
	}

}
