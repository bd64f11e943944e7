package org.coopgraph.graph.export;

/**
 * One column of an exported CSV file: its {@code neo4j-admin database import} header and how {@code LOAD CSV} reads
 * it back. {@code property} is the graph property it holds, or {@code null} for the special columns ({@code :ID},
 * {@code :START_ID}, {@code :END_ID}, {@code :LABEL}, {@code :TYPE}). Immutable.
 */
record CsvColumn(String header, String property, Kind kind) {

	/** Array values are joined with neo4j-admin's default array delimiter. */
	static final String ARRAY_DELIMITER = ";";

	static CsvColumn string(String property) {
		return new CsvColumn(property, property, Kind.STRING);
	}

	static CsvColumn longValue(String property) {
		return new CsvColumn(property + ":long", property, Kind.LONG);
	}

	static CsvColumn datetime(String property) {
		return new CsvColumn(property + ":datetime", property, Kind.DATETIME);
	}

	static CsvColumn date(String property) {
		return new CsvColumn(property + ":date", property, Kind.DATE);
	}

	static CsvColumn strings(String property) {
		return new CsvColumn(property + ":string[]", property, Kind.STRINGS);
	}

	/** A list stored only when it has items (a mention's candidates): an empty field is read back as no property. */
	static CsvColumn stringsIfAny(String property) {
		return new CsvColumn(property + ":string[]", property, Kind.STRINGS_IF_ANY);
	}

	static CsvColumn id(String idSpace) {
		return new CsvColumn("key:ID(" + idSpace + ")", "key", Kind.STRING);
	}

	static CsvColumn startId(String idSpace) {
		return new CsvColumn(":START_ID(" + idSpace + ")", null, Kind.STRING);
	}

	static CsvColumn endId(String idSpace) {
		return new CsvColumn(":END_ID(" + idSpace + ")", null, Kind.STRING);
	}

	static CsvColumn labels() {
		return new CsvColumn(":LABEL", null, Kind.STRINGS);
	}

	static CsvColumn type() {
		return new CsvColumn(":TYPE", null, Kind.STRING);
	}

	/** The Cypher expression that reads this column from a {@code LOAD CSV WITH HEADERS ... AS row} row. */
	String readExpression() {
		String field = "row.`" + this.header + "`";
		return switch (this.kind) {
			case STRING -> field;
			case LONG -> "toInteger(" + field + ")";
			case DATETIME -> "datetime(" + field + ")";
			case DATE -> "date(" + field + ")";
			case STRINGS -> "coalesce(split(" + field + ", '" + ARRAY_DELIMITER + "'), [])";
			case STRINGS_IF_ANY -> "split(" + field + ", '" + ARRAY_DELIMITER + "')";
		};
	}

	/** How a column's values are typed. */
	enum Kind {

		STRING, LONG, DATETIME, DATE, STRINGS, STRINGS_IF_ANY

	}

}
