package org.coopgraph.bench.bulk;

import java.util.Map;
import java.util.function.IntFunction;

/**
 * Relationships of one type between two kinds of node, produced on demand: {@code row(i)} gives a map with the
 * endpoints' keys ({@code from}, {@code to}) and the relationship's properties ({@code props}).
 *
 * @param type relationship type, for example {@code FUNDS}
 * @param from kind of the start node
 * @param to kind of the end node
 * @param size how many relationships
 * @param row the i-th relationship as {@code {from, to, props}}
 */
public record RelationshipGroup(String type, Endpoint from, Endpoint to, int size,
		IntFunction<Map<String, Object>> row) {

}
