package org.coopgraph.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * True positives, false positives and false negatives of one scored kind, with precision, recall and F1 computed as
 * {@code score.py} computes them (an empty side counts as 1.0).
 */
public record Counts(int tp, int fp, int fn) {

	static final Counts NONE = new Counts(0, 0, 0);

	Counts plus(Counts other) {
		return new Counts(this.tp + other.tp, this.fp + other.fp, this.fn + other.fn);
	}

	public double precision() {
		return (this.tp + this.fp > 0) ? (double) this.tp / (this.tp + this.fp) : 1.0;
	}

	public double recall() {
		return (this.tp + this.fn > 0) ? (double) this.tp / (this.tp + this.fn) : 1.0;
	}

	public double f1() {
		double p = precision();
		double r = recall();
		return (p + r > 0) ? 2 * p * r / (p + r) : 0.0;
	}

	/** One line in the layout of {@code score.py}, so that the two reports can be compared with diff. */
	String row(String label) {
		return "%-28s P %s  R %s  F1 %s   (tp %d, fp %d, fn %d)".formatted(label, decimals(precision()),
				decimals(recall()), decimals(f1()), this.tp, this.fp, this.fn);
	}

	/**
	 * Three decimals rounded as Python's format does: half-even on the exact binary value, which
	 * {@code String.format} does not do.
	 */
	static String decimals(double value) {
		return new BigDecimal(value).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
	}

}
