package org.coopgraph.graph.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.coopgraph.support.CoopgraphIT;
import org.coopgraph.support.GeoFixture;
import org.coopgraph.support.TestDatabaseInitializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The panel export read back as CSV: the documented columns, and rows of {@link GeoFixture} per funder, recipient and
 * year, and per pair.
 */
@CoopgraphIT
@ExtendWith(GeoFixture.class)
class PanelExportIT {

	private static final List<String> FUNDING_COLUMNS = List.of("funder_id", "funder_name", "funder_type",
			"funder_code", "funder_province_code", "funder_province", "recipient_id", "recipient_name",
			"recipient_type", "recipient_code", "recipient_province_code", "recipient_province", "year", "total_yuan",
			"facts", "documents");

	private static final List<String> PAIRING_COLUMNS = List.of("a_id", "a_name", "a_type", "a_code",
			"a_province_code", "a_province", "b_id", "b_name", "b_type", "b_code", "b_province_code", "b_province",
			"level", "first_year", "last_year", "facts", "documents");

	@Autowired
	GraphExport export;

	@Test
	void fundingHasOneRowPerFunderRecipientAndYearWithCodesProvincesTotalsAndDocuments() throws IOException {
		Path folder = TestDatabaseInitializer.temporaryFolder("coopgraph-panel-");

		ExportResult result = this.export.export(ExportFormat.PANEL, folder);

		assertThat(result.files()).extracting((f) -> f.path().getFileName().toString())
			.containsExactly("funding.csv", "pairings.csv");
		List<Map<String, String>> funding = read(folder.resolve("funding.csv"), FUNDING_COLUMNS);
		assertThat(result.files().get(0).rows()).isEqualTo(funding.size());
		assertThat(funding).as("one row per funder, recipient and year")
			.extracting((r) -> List.of(r.get("funder_id"), r.get("recipient_id"), r.get("year")))
			.doesNotHaveDuplicates();
		assertThat(row(funding, "funder_id", "320106", "recipient_id", "611025", "year", "2022")).containsExactly(
				Map.entry("funder_id", "320106"), Map.entry("funder_name", "鼓楼区"), Map.entry("funder_type", "COUNTY"),
				Map.entry("funder_code", "320106"), Map.entry("funder_province_code", "320000"),
				Map.entry("funder_province", "江苏省"), Map.entry("recipient_id", "611025"),
				Map.entry("recipient_name", "镇安县"), Map.entry("recipient_type", "COUNTY"),
				Map.entry("recipient_code", "611025"), Map.entry("recipient_province_code", "610000"),
				Map.entry("recipient_province", "陕西省"), Map.entry("year", "2022"),
				Map.entry("total_yuan", "2000000"), Map.entry("facts", "1"),
				Map.entry("documents", GeoFixture.NANJING));
		assertThat(row(funding, "funder_id", "320106", "recipient_id", "611025", "year", "2023"))
			.containsEntry("total_yuan", "1000000");
		// A fact with no year of its own in an undated document: the year is a missing value.
		assertThat(row(funding, "funder_id", "320300", "recipient_id", "611022", "year", ""))
			.containsEntry("total_yuan", "700000")
			.containsEntry("documents", GeoFixture.XUZHOU);
	}

	@Test
	void pairingsHaveOneRowPerPairWithLevelYearsAndDocuments() throws IOException {
		Path folder = TestDatabaseInitializer.temporaryFolder("coopgraph-panel-");

		this.export.export(ExportFormat.PANEL, folder);

		List<Map<String, String>> pairings = read(folder.resolve("pairings.csv"), PAIRING_COLUMNS);
		assertThat(row(pairings, "a_id", "320302", "b_id", "611022", "level", "COUNTY"))
			.containsEntry("a_province", "江苏省")
			.containsEntry("b_province", "陕西省")
			.containsEntry("b_code", "611022")
			.containsEntry("first_year", "2021")
			.containsEntry("last_year", "2021")
			.containsEntry("facts", "1")
			.containsEntry("documents", GeoFixture.XUZHOU);
		assertThat(row(pairings, "a_id", "城关镇", "b_id", "青川湾县", "level", "OTHER")).containsEntry("a_code", "")
			.containsEntry("a_province", "");
	}

	@Test
	void theReadmeDocumentsEveryColumn() throws IOException {
		String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
		for (String column : PanelExport.FUNDING_COLUMNS) {
			assertThat(readme).contains("`" + column + "`");
		}
		for (String column : PanelExport.PAIRING_COLUMNS) {
			assertThat(readme).contains("`" + column + "`");
		}
		assertThat(readme).contains("pd.read_csv(");
	}

	private static Map<String, String> row(List<Map<String, String>> rows, String... match) {
		return rows.stream().filter((row) -> {
			for (int i = 0; i < match.length; i += 2) {
				if (!match[i + 1].equals(row.get(match[i]))) {
					return false;
				}
			}
			return true;
		}).findFirst().orElseThrow(() -> new AssertionError("no row " + List.of(match)));
	}

	/** Reads a CSV file whose header must be {@code columns}: one map per row, in column order. */
	private static List<Map<String, String>> read(Path file, List<String> columns) throws IOException {
		List<List<String>> records = records(Files.readString(file, StandardCharsets.UTF_8));
		assertThat(records.get(0)).isEqualTo(columns);
		List<Map<String, String>> rows = new ArrayList<>();
		for (List<String> record : records.subList(1, records.size())) {
			assertThat(record).hasSize(columns.size());
			Map<String, String> row = new LinkedHashMap<>();
			for (int i = 0; i < columns.size(); i++) {
				row.put(columns.get(i), record.get(i));
			}
			rows.add(row);
		}
		return rows;
	}

	/** RFC 4180: fields between commas, quoted ones may hold commas, doubled quotes and line breaks. */
	private static List<List<String>> records(String text) {
		List<List<String>> records = new ArrayList<>();
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				record.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\n') {
				record.add(field.toString());
				field.setLength(0);
				records.add(record);
				record = new ArrayList<>();
			}
			else {
				field.append(c);
			}
		}
		return records;
	}

}
