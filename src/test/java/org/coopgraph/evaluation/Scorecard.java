package org.coopgraph.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The counts of one scoring run, by kind: {@code entities}, {@code relations}, {@code tasks}, {@code responsible},
 * {@code lead}, {@code deadline}, and per type {@code entity:City}, {@code relation:FUNDS} and so on.
 */
public final class Scorecard {

	/** The kinds that {@code score.py} always reports, in its order. */
	public static final List<String> MAIN_KINDS = List.of("entities", "relations", "tasks", "responsible", "lead",
			"deadline");

	private final Map<String, Counts> counts = new TreeMap<>();

	private final List<String> missing = new ArrayList<>();

	private int typeErrors;

	Scorecard() {
		MAIN_KINDS.forEach((kind) -> this.counts.put(kind, Counts.NONE));
	}

	void add(String kind, int tp, int fp, int fn) {
		this.counts.merge(kind, new Counts(tp, fp, fn), Counts::plus);
	}

	void typeError() {
		this.typeErrors++;
	}

	void missing(String doc) {
		this.missing.add(doc);
	}

	/** Every kind scored, main kinds and per-type kinds alike. */
	public Map<String, Counts> counts() {
		return this.counts;
	}

	public double f1(String kind) {
		return this.counts.getOrDefault(kind, Counts.NONE).f1();
	}

	/** The mean F1 of entities, relations and responsible units: {@code score.py}'s overall figure. */
	public double overall() {
		return (f1("entities") + f1("relations") + f1("responsible")) / 3;
	}

	/** The report exactly as {@code score.py} prints it without {@code --json}. */
	public String report() {
		StringBuilder out = new StringBuilder();
		this.missing.forEach((doc) -> out.append("no prediction for ").append(doc).append('\n'));
		MAIN_KINDS.forEach((kind) -> out.append(this.counts.get(kind).row(kind)).append('\n'));
		this.counts.forEach((kind, c) -> {
			if (kind.contains(":")) {
				out.append("  ").append(c.row(kind)).append('\n');
			}
		});
		out.append("type errors among matched entities: ").append(this.typeErrors).append('\n');
		out.append("overall F1 (mean of entities, relations, responsible) ")
			.append(Counts.decimals(overall()))
			.append('\n');
		return out.toString();
	}

}
