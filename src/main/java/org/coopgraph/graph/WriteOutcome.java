package org.coopgraph.graph;

/**
 * What writing one document did to the graph. Counts are of the document's facts after the write; for
 * {@link Status#UNCHANGED} nothing was written.
 */
public record WriteOutcome(String document, Status status, int entities, int relations, int tasks,
		int removedRelations, int removedTasks) {

	public enum Status {

		NEW, CHANGED, UNCHANGED

	}

}
