package org.coopgraph.extract.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Loads one-character city abbreviations (resource {@code city-abbreviations.tsv}) as an immutable map. */
public final class CityAbbreviations {

	private static final String RESOURCE = "/org/coopgraph/extract/city-abbreviations.tsv";

	private CityAbbreviations() {
	}

	public static Map<Character, String> load() {
		try (InputStream in = CityAbbreviations.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("missing resource " + RESOURCE);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			Map<Character, String> map = new HashMap<>();
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isBlank() && !line.startsWith("#")) {
					String[] f = line.split("\t");
					map.put(f[0].charAt(0), f[1]);
				}
			}
			return Map.copyOf(map);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + RESOURCE, ex);
		}
	}

}
