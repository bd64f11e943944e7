package org.coopgraph.graph.export;

import java.util.List;

/**
 * One exported CSV file: either the nodes of one ID space ({@code idSpace} set, also the label every row has) or
 * relationships from {@code startSpace} to {@code endSpace}. {@code query} reads the rows from the graph, returning
 * one value per column, in column order. Immutable.
 */
record CsvFile(String name, String idSpace, String startSpace, String endSpace, List<CsvColumn> columns,
		String query) {

	CsvFile {
		columns = List.copyOf(columns);
	}

	static CsvFile nodes(String name, String idSpace, List<CsvColumn> columns, String query) {
		return new CsvFile(name, idSpace, null, null, columns, query);
	}

	static CsvFile relationships(String name, String startSpace, String endSpace, List<CsvColumn> columns,
			String query) {
		return new CsvFile(name, null, startSpace, endSpace, columns, query);
	}

	boolean holdsNodes() {
		return this.idSpace != null;
	}

	String header() {
		return String.join(",", this.columns.stream().map(CsvColumn::header).toList());
	}

}
