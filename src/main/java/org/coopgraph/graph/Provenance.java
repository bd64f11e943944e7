package org.coopgraph.graph;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** Where a fact is stated: document, evidence sentence and its character offsets. */
public record Provenance(String document, String evidence, Integer start, Integer end) {

	/** Reads the {@code document}, {@code evidence}, {@code start} and {@code end} columns of a record. */
	static Provenance of(Record record) {
		return new Provenance(record.get("document").asString(""), record.get("evidence").asString(null),
				nullableInt(record.get("start")), nullableInt(record.get("end")));
	}

	static Integer nullableInt(Value value) {
		return value.isNull() ? null : value.asInt();
	}

}
