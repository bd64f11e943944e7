package org.coopgraph.graph.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.coopgraph.graph.EntityNode;
import org.coopgraph.graph.PairingLevel;
import org.coopgraph.graph.WriteTransactions;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * The panel a researcher loads into pandas, R or Stata: {@code funding.csv}, one row per funder, recipient and year
 * (the facts' year, empty when unknown), and {@code pairings.csv}, one row per pair of parties. Plain CSV with a
 * header row of snake_case names, UTF-8, strings quoted, numbers bare, a missing value empty; a list of documents is
 * one field with {@code ;} between names. Rows are streamed, in a stable order (by ids, then year).
 */
final class PanelExport {

	static final String FUNDING = "funding.csv";

	static final String PAIRINGS = "pairings.csv";

	/** The columns of {@value #FUNDING}, documented in the README. */
	static final List<String> FUNDING_COLUMNS = List.of("funder_id", "funder_name", "funder_type", "funder_code",
			"funder_province_code", "funder_province", "recipient_id", "recipient_name", "recipient_type",
			"recipient_code", "recipient_province_code", "recipient_province", "year", "total_yuan", "facts",
			"documents");

	/** The columns of {@value #PAIRINGS}, documented in the README. */
	static final List<String> PAIRING_COLUMNS = List.of("a_id", "a_name", "a_type", "a_code", "a_province_code",
			"a_province", "b_id", "b_name", "b_type", "b_code", "b_province_code", "b_province", "level", "first_year",
			"last_year", "facts", "documents");

	// A province's name comes from its node; a party without a code has none. An OPTIONAL MATCH rather than a
	// COLLECT subquery: the subquery beside ORDER BY on the same node's key tripped Neo4j's planner now and then
	// ("a.key should not appear non-cached").
	private static final String PROVINCE_OF = "OPTIONAL MATCH (%1$sProvince:Entity {key: %1$s.province})";

	private static final String PARTY = """
			%1$s.key, %1$s.name, %1$s.type, %1$s.code, %1$s.province, %1$sProvince.name""";

	private static final String FUNDING_ROWS = """
			MATCH (f:Entity)-[r:FUNDS]->(t:Entity)
			WITH f, t, r.year AS year, sum(coalesce(r.amountCny, 0)) AS total, count(r) AS facts,
			     collect(DISTINCT r.document) AS documents
			%s
			%s
			RETURN %s, %s, year, total, facts, documents
			ORDER BY f.key, t.key, year""".formatted(PROVINCE_OF.formatted("f"), PROVINCE_OF.formatted("t"),
			PARTY.formatted("f"), PARTY.formatted("t"));

	// Each pair once, its parties in key order whichever way the statements point.
	private static final String PAIRING_ROWS = """
			MATCH (a:Entity)-[r:PAIRS_WITH]-(b:Entity)
			WHERE a.key < b.key
			WITH a, b, min(r.year) AS firstYear, max(r.year) AS lastYear, count(r) AS facts,
			     collect(DISTINCT r.document) AS documents
			%s
			%s
			RETURN %s, %s, firstYear, lastYear, facts, documents
			ORDER BY a.key, b.key""".formatted(PROVINCE_OF.formatted("a"), PROVINCE_OF.formatted("b"),
			PARTY.formatted("a"), PARTY.formatted("b"));

	private PanelExport() {
	}

	static ExportResult write(WriteTransactions transactions, Path folder) {
		List<ExportResult.ExportedFile> written = new ArrayList<>();
		written.add(write(transactions, folder.resolve(FUNDING), FUNDING_COLUMNS, FUNDING_ROWS,
				PanelExport::fundingRow));
		written.add(write(transactions, folder.resolve(PAIRINGS), PAIRING_COLUMNS, PAIRING_ROWS,
				PanelExport::pairingRow));
		return new ExportResult(written);
	}

	private static ExportResult.ExportedFile write(WriteTransactions transactions, Path path, List<String> columns,
			String query, Function<Record, List<String>> row) {
		long rows = transactions.stream(query, Map.of(), (result) -> {
			try (BufferedWriter out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
				out.write(String.join(",", columns));
				out.write('\n');
				long count = 0;
				while (result.hasNext()) {
					out.write(String.join(",", row.apply(result.next())));
					out.write('\n');
					count++;
				}
				return count;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		return new ExportResult.ExportedFile(path, rows);
	}

	private static List<String> fundingRow(Record record) {
		List<String> fields = party(record, 0);
		fields.addAll(party(record, 6));
		fields.add(number(record.get(12)));
		fields.add(number(record.get(13)));
		fields.add(number(record.get(14)));
		fields.add(documents(record.get(15)));
		return fields;
	}

	private static List<String> pairingRow(Record record) {
		List<String> fields = party(record, 0);
		fields.addAll(party(record, 6));
		fields.add(text(PairingLevel.of(node(record, 0), node(record, 6)).name()));
		fields.add(number(record.get(12)));
		fields.add(number(record.get(13)));
		fields.add(number(record.get(14)));
		fields.add(documents(record.get(15)));
		return fields;
	}

	/** The six columns of a party starting at column {@code from}: id, name, type, code, province code and name. */
	private static List<String> party(Record record, int from) {
		List<String> fields = new ArrayList<>();
		for (int i = from; i < from + 6; i++) {
			Value value = record.get(i);
			fields.add(value.isNull() ? "" : text(value.asString()));
		}
		return fields;
	}

	private static EntityNode node(Record record, int from) {
		return new EntityNode(record.get(from).asString(), record.get(from + 1).asString(),
				record.get(from + 2).asString(), List.of(), null, null, null, List.of());
	}

	private static String documents(Value value) {
		return text(String.join(";", value.asList(Value::asString).stream().sorted().toList()));
	}

	// Whole yuan totals and counts are integers; a sum of amounts stays exact as long as it fits a double's 2^53.
	private static String number(Value value) {
		if (value.isNull()) {
			return "";
		}
		double number = value.asNumber().doubleValue();
		return (number == Math.rint(number)) ? Long.toString((long) number) : Double.toString(number);
	}

	private static String text(String text) {
		return '"' + text.replace("\"", "\"\"") + '"';
	}

}
