package org.coopgraph.extract.gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Former names of divisions that were renamed, upgraded or merged (溧水县 → 溧水区, 襄樊市 → 襄阳市, 毕节地区 → 毕节市),
 * read from {@code former-names.tsv}: older documents still write them, and they mean today's division. Immutable.
 */
final class FormerNames {

	private static final String RESOURCE = "/org/coopgraph/extract/former-names.tsv";

	/** A former full name and the division that bears today's name. */
	record Renamed(String former, Division today) {
	}

	private FormerNames() {
	}

	/**
	 * The former names in the resource, each tied to today's division in {@code byCode}.
	 * @throws IllegalStateException naming the row when a code is unknown, today's name does not match the code's, or
	 * a former name is the name of a province, city or county today (it would then mean two places)
	 */
	static List<Renamed> load(Map<String, Division> byCode, Set<String> currentNames) {
		return read(TsvResource.rows(RESOURCE), byCode, currentNames);
	}

	static List<Renamed> read(List<String[]> rows, Map<String, Division> byCode, Set<String> currentNames) {
		List<Renamed> out = new ArrayList<>(rows.size());
		for (String[] row : rows) {
			if (row.length < 3) {
				throw new IllegalStateException(RESOURCE + ": row '" + String.join("\t", row)
						+ "' needs three columns: former name, today's code, today's name");
			}
			Division today = byCode.get(row[1]);
			if (today == null || !today.name().equals(row[2])) {
				throw new IllegalStateException(RESOURCE + ": " + row[0] + " points to code " + row[1] + ", which is "
						+ (today == null ? "no division" : today.name()) + ", not " + row[2]);
			}
			if (currentNames.contains(row[0])) {
				throw new IllegalStateException(RESOURCE + ": former name " + row[0] + " is the name of a province, city or county today");
			}
			out.add(new Renamed(row[0], today));
		}
		return out;
	}

}
