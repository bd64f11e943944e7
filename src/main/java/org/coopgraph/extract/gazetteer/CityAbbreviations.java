package org.coopgraph.extract.gazetteer;

import java.util.HashMap;
import java.util.Map;

/** Loads one-character city abbreviations (resource {@code city-abbreviations.tsv}) as an immutable map. */
public final class CityAbbreviations {

	private static final String RESOURCE = "/org/coopgraph/extract/city-abbreviations.tsv";

	private CityAbbreviations() {
	}

	public static Map<Character, String> load() {
		Map<Character, String> map = new HashMap<>();
		for (String[] row : TsvResource.rows(RESOURCE)) {
			map.put(row[0].charAt(0), row[1]);
		}
		return Map.copyOf(map);
	}

}
