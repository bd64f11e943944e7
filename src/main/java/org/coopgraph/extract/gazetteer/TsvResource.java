package org.coopgraph.extract.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a UTF-8, tab-separated class-path resource: one row per line, blank lines and {@code #} comments skipped. */
final class TsvResource {

	private TsvResource() {
	}

	/**
	 * @throws IllegalStateException if the resource is missing
	 * @throws UncheckedIOException if it cannot be read
	 */
	static List<String[]> rows(String resource) {
		try (InputStream in = TsvResource.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("missing resource " + resource);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			List<String[]> rows = new ArrayList<>();
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isBlank() && !line.startsWith("#")) {
					rows.add(line.split("\t"));
				}
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + resource, ex);
		}
	}

}
