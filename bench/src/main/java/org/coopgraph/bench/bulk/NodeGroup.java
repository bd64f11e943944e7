package org.coopgraph.bench.bulk;

import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Nodes of one label set, produced on demand: {@code row(i)} for {@code i} in {@code [0, size)} gives the properties
 * of the i-th node (including its {@code key}). Rows are built lazily so that a million nodes never sit in memory as
 * maps at once.
 *
 * @param labels the node's labels, for example {@code [Entity, City]}
 * @param size how many nodes
 * @param row the properties of node {@code i}
 */
public record NodeGroup(List<String> labels, int size, IntFunction<Map<String, Object>> row) {

}
