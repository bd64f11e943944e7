package org.coopgraph.graph;

/**
 * Which tasks to read; a null field does not filter.
 *
 * @param unit the unit responsible in any role (or, with {@code leadOnly}, as lead)
 * @param leadOnly whether {@code unit} must lead the task
 * @param document the document that states the task
 * @param deadlineBefore ISO date; only tasks due before it
 * @param text words the task's text contains
 */
public record TaskFilter(EntityName unit, boolean leadOnly, String document, String deadlineBefore, String text) {

}
