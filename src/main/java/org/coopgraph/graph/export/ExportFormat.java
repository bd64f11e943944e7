package org.coopgraph.graph.export;

/** What {@link GraphExport} writes. */
public enum ExportFormat {

	/**
	 * CSV files in the {@code neo4j-admin database import} header format, plus a {@code load.cypher} that loads them
	 * with {@code LOAD CSV}.
	 */
	CSV,

	/** {@code extractions.jsonl}: one line per document in the gold-annotation shape, rebuilt from the graph. */
	JSONL,

	/**
	 * {@code funding.csv} (per funder, recipient and year) and {@code pairings.csv} (per pair): the panel for
	 * statistics packages.
	 */
	PANEL

}
