package org.coopgraph.extract.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Standard abbreviations of government and party bodies (resource {@code department-abbreviations.tsv}) and the rule
 * that turns a body named without its place into its canonical full name. Immutable and thread-safe.
 */
public final class DepartmentNames {

	private static final String RESOURCE = "/org/coopgraph/extract/department-abbreviations.tsv";

	/** How a full name is put together around the place name. */
	public enum Form {

		GOV, PARTY, LEAGUE, CPPCC

	}

	record Expansion(String stem, Form form) {
	}

	private final Map<String, Expansion> expansions;

	private final CharTrie<String> keys;

	private DepartmentNames(Map<String, Expansion> expansions) {
		this.expansions = expansions;
		CharTrie.Builder<String> builder = new CharTrie.Builder<>();
		expansions.forEach((abbreviation, e) -> {
			builder.put(abbreviation, abbreviation);
			if (!e.stem().isEmpty()) {
				builder.put(e.stem(), e.stem());
			}
		});
		this.keys = builder.build();
	}

	/** Length of the longest known body name (abbreviated or full) starting at {@code pos}, or 0. */
	public int knownLengthAt(CharSequence text, int pos) {
		var longest = this.keys.longestAt(text, pos);
		return longest == null ? 0 : longest.end() - pos;
	}

	public static DepartmentNames load() {
		try (InputStream in = DepartmentNames.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("missing resource " + RESOURCE);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			Map<String, Expansion> map = new HashMap<>();
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] f = line.split("\t");
				map.put(f[0], new Expansion("-".equals(f[1]) ? "" : f[1], Form.valueOf(f[2].toUpperCase())));
			}
			return new DepartmentNames(map);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + RESOURCE, ex);
		}
	}

	/** National bodies (resource {@code national-bodies.tsv}): surface form to canonical name. */
	public static CharTrie<String> loadNationalBodies() {
		String resource = "/org/coopgraph/extract/national-bodies.tsv";
		try (InputStream in = DepartmentNames.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("missing resource " + resource);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			CharTrie.Builder<String> builder = new CharTrie.Builder<>();
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isBlank() && !line.startsWith("#")) {
					String[] f = line.split("\t");
					builder.put(f[0], f[1]);
				}
			}
			return builder.build();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + resource, ex);
		}
	}

	public boolean isKnown(String stem) {
		return this.expansions.containsKey(stem) || !this.keys.get(stem).isEmpty();
	}

	/**
	 * The canonical name of body {@code stem} (written after its place prefix, e.g. 发改委, 委组织部, 政府办) of
	 * {@code place} (a full division name such as 连云港市).
	 */
	public String canonical(String place, String stem) {
		Expansion e = this.expansions.get(stem);
		if (e == null && stem.startsWith("委") && stem.length() > 1) {
			Expansion inner = this.expansions.get(stem.substring(1));
			String rest = inner != null ? inner.stem() : stem.substring(1);
			return "中共" + place + committee(place) + rest;
		}
		if (e == null) {
			return place + stem;
		}
		return switch (e.form()) {
			case GOV -> place + e.stem();
			case PARTY -> "中共" + place + committee(place) + e.stem();
			case LEAGUE -> "共青团" + place + "委员会";
			case CPPCC -> "政协" + place + "委员会" + e.stem();
		};
	}

	private static String committee(String place) {
		// A county's party committee is written 县委 after the county name (洋县县委); cities and districts add 委.
		return place.endsWith("县") ? "县委" : "委";
	}

}
