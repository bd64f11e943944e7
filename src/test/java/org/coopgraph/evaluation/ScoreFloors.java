package org.coopgraph.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The ratchet's floors, one F1 per evaluation set and kind, read from {@code corpus/floors.properties}
 * ({@code wide.relation.FUNDS = 0.420}; {@code overall} is the mean of entities, relations and responsible).
 */
public final class ScoreFloors {

	/** Below today's figure by this much, so that a floor set from a measurement is not broken by its own rounding. */
	static final double MARGIN = 0.005;

	private final Map<String, Double> floors;

	private ScoreFloors(Map<String, Double> floors) {
		this.floors = floors;
	}

	public static ScoreFloors load() {
		Properties properties = new Properties();
		try (InputStream in = ScoreFloors.class.getResourceAsStream("/corpus/floors.properties")) {
			if (in == null) {
				throw new IllegalStateException("test resource /corpus/floors.properties is missing");
			}
			properties.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Map<String, Double> floors = new TreeMap<>();
		properties.forEach((key, value) -> floors.put(key.toString(), Double.valueOf(value.toString().trim())));
		return new ScoreFloors(floors);
	}

	/**
	 * The floors of one set by kind ({@code overall}, {@code entities}, {@code relation:FUNDS}, …); the file writes
	 * {@code relation.FUNDS} because a colon ends a properties key.
	 */
	public Map<String, Double> of(String set) {
		Map<String, Double> of = new TreeMap<>();
		this.floors.forEach((key, floor) -> {
			if (key.startsWith(set + ".")) {
				of.put(key.substring(set.length() + 1).replace('.', ':'), floor);
			}
		});
		return of;
	}

	/** One line per floor that the scorecard does not reach; empty when every floor holds. */
	public List<String> shortfalls(String set, Scorecard card) {
		List<String> shortfalls = new ArrayList<>();
		of(set).forEach((kind, floor) -> {
			double measured = measured(card, kind);
			if (measured < floor) {
				shortfalls.add("%s %s: F1 %.3f is below its floor %.3f".formatted(set, kind, measured, floor));
			}
		});
		return shortfalls;
	}

	/**
	 * Each floored kind's figure beside its floor, and the floors that today's figures would set: paste that block
	 * into {@code floors.properties} to raise the ratchet.
	 */
	public String table(String set, Scorecard card) {
		StringBuilder out = new StringBuilder("ratchet of " + set + " (kind, measured F1, floor, floor from today)\n");
		for (String kind : floorableKinds(card)) {
			Double floor = of(set).get(kind);
			double measured = measured(card, kind);
			out.append("  %-24s %s  %s  %s.%s = %s%n".formatted(kind, Counts.decimals(measured),
					(floor != null) ? "%.3f".formatted(floor) : "  -  ", set, kind.replace(':', '.'),
					floorFrom(measured)));
		}
		return out.toString();
	}

	/** Overall, the main kinds and every relation type that the gold holds: each needs a floor. */
	public static List<String> floorableKinds(Scorecard card) {
		List<String> kinds = new ArrayList<>();
		kinds.add("overall");
		kinds.addAll(Scorecard.MAIN_KINDS);
		card.counts().forEach((kind, c) -> {
			if (kind.startsWith("relation:") && c.tp() + c.fn() > 0) {
				kinds.add(kind);
			}
		});
		return kinds;
	}

	static double measured(Scorecard card, String kind) {
		return kind.equals("overall") ? card.overall() : card.f1(kind);
	}

	static String floorFrom(double measured) {
		return BigDecimal.valueOf(Math.max(0, measured - MARGIN)).setScale(3, RoundingMode.FLOOR).toPlainString();
	}

}
