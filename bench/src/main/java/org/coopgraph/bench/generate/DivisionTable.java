package org.coopgraph.bench.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.coopgraph.extract.gazetteer.Division;

/**
 * Every city, county, town and village of the extractor's division table ({@code divisions.tsv}), in file order, so
 * that generated graphs follow the real administrative hierarchy. Provinces are left out: they are not entities.
 */
record DivisionTable(List<Division> cities, List<Division> counties, List<Division> towns, List<Division> villages) {

	private static final String RESOURCE = "/org/coopgraph/extract/divisions.tsv";

	static DivisionTable load() {
		List<Division> cities = new ArrayList<>();
		List<Division> counties = new ArrayList<>();
		List<Division> towns = new ArrayList<>();
		List<Division> villages = new ArrayList<>();
		try (InputStream in = DivisionTable.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("missing resource " + RESOURCE);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isEmpty() || line.startsWith("#")) {
					continue;
				}
				String[] f = line.split("\t", -1);
				switch (f[2]) {
					case "C" -> cities.add(new Division(f[0], f[1], Division.Level.CITY, f[3]));
					case "A" -> counties.add(new Division(f[0], f[1], Division.Level.COUNTY, f[3]));
					case "S" -> towns.add(new Division(f[0], f[1], Division.Level.TOWN, f[3]));
					case "V" -> villages.add(new Division(f[0], f[1], Division.Level.VILLAGE, f[3]));
					default -> {
						// provinces are not entities
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + RESOURCE, ex);
		}
		return new DivisionTable(cities, counties, towns, villages);
	}

}
