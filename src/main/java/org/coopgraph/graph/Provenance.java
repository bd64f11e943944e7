package org.coopgraph.graph;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Where a fact is stated: document, evidence sentence and its character offsets; and the fact's year (the year its
 * sentence states, else its document's), null when unknown.
 */
public record Provenance(String document, String evidence, Integer start, Integer end, Integer year) {

	/**
	 * Reads the {@code document}, {@code evidence}, {@code start}, {@code end} and {@code year} columns of a record.
	 */
	static Provenance of(Record record) {
		return new Provenance(record.get("document").asString(""), record.get("evidence").asString(null),
				nullableInt(record.get("start")), nullableInt(record.get("end")), nullableInt(record.get("year")));
	}

	static Integer nullableInt(Value value) {
		return value.isNull() ? null : value.asInt();
	}

}
