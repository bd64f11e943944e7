package org.coopgraph.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file of the Browser query library as Neo4j Browser runs it: {@code //} comments saying what it answers, optional
 * {@code :param name => expression;} lines, then one Cypher statement.
 *
 * @param parameters each parameter's Cypher expression, by name, in file order
 */
record QueryFile(Path path, List<String> comments, Map<String, String> parameters, String statement) {

	private static final Pattern PARAM = Pattern.compile("^:param\\s+(\\w+)\\s*=>\\s*(.+?);?\\s*$");

	static QueryFile read(Path path) {
		List<String> lines;
		try {
			lines = Files.readAllLines(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<String> comments = new ArrayList<>();
		Map<String, String> parameters = new LinkedHashMap<>();
		StringBuilder statement = new StringBuilder();
		for (String line : lines) {
			String trimmed = line.strip();
			Matcher param = PARAM.matcher(trimmed);
			if (trimmed.startsWith("//") && statement.isEmpty()) {
				comments.add(trimmed.substring(2).strip());
			}
			else if (param.matches()) {
				parameters.put(param.group(1), param.group(2));
			}
			else if (!trimmed.isEmpty()) {
				statement.append(line).append('\n');
			}
		}
		String cypher = statement.toString().strip();
		if (cypher.endsWith(";")) {
			cypher = cypher.substring(0, cypher.length() - 1);
		}
		return new QueryFile(path, comments, parameters, cypher);
	}

	@Override
	public String toString() {
		return this.path.getFileName().toString();
	}

}
