package org.coopgraph.extract.stage;

/**
 * The left part of a name candidate: it starts at {@code start}; its own words start at {@code nameStart}, after a
 * level of government ({@code level} 省, 市 or 县, else 0) that stands for the home place; {@code capacity} when a
 * capacity (20万吨级) opens it.
 */
record NameSpan(int start, int nameStart, char level, boolean capacity) {
}
