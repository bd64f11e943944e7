package org.coopgraph.graph.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.coopgraph.graph.WriteTransactions;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Writes the graph as the CSV files of {@link CsvLayout} plus {@code load.cypher}. Strings are always quoted, so an
 * empty string ({@code ""}) stays distinct from a missing value (an empty field); embedded quotes are doubled and
 * line breaks kept inside quotes (neo4j-admin needs {@code --multiline-fields=true}). Rows are streamed from the
 * database to the file, so memory does not grow with the graph. Reads in one read transaction per file.
 */
final class CsvExport {

	static final String LOAD_SCRIPT = "load.cypher";

	private CsvExport() {
	}

	static ExportResult write(WriteTransactions transactions, Path folder) throws IOException {
		List<ExportResult.ExportedFile> written = new ArrayList<>();
		for (CsvFile file : CsvLayout.FILES) {
			Path path = folder.resolve(file.name());
			long rows = transactions.stream(file.query(), Map.of(), (result) -> {
				try (BufferedWriter out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
					return write(result, file, out);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
			written.add(new ExportResult.ExportedFile(path, rows));
		}
		Path script = folder.resolve(LOAD_SCRIPT);
		Files.writeString(script, LoadScript.render(CsvLayout.FILES), StandardCharsets.UTF_8);
		written.add(new ExportResult.ExportedFile(script, 0));
		return new ExportResult(written);
	}

	private static long write(Iterator<Record> result, CsvFile file, BufferedWriter out) throws IOException {
		out.write(file.header());
		out.write('\n');
		long rows = 0;
		while (result.hasNext()) {
			Record record = result.next();
			StringBuilder line = new StringBuilder();
			for (int i = 0; i < file.columns().size(); i++) {
				if (i > 0) {
					line.append(',');
				}
				line.append(field(record.get(i), file.columns().get(i).kind()));
			}
			out.write(line.append('\n').toString());
			rows++;
		}
		return rows;
	}

	static String field(Value value, CsvColumn.Kind kind) {
		if (value.isNull()) {
			return "";
		}
		return switch (kind) {
			case LONG -> Long.toString(value.asLong());
			case STRINGS, STRINGS_IF_ANY -> {
				List<String> items = value.asList(Value::asString);
				// An empty list is written as a missing value: LOAD CSV would read "" back as [""].
				yield items.isEmpty() ? "" : quoted(String.join(CsvColumn.ARRAY_DELIMITER, items));
			}
			case STRING, DATETIME, DATE -> quoted(value.asString());
		};
	}

	private static String quoted(String text) {
		return '"' + text.replace("\"", "\"\"") + '"';
	}

}
