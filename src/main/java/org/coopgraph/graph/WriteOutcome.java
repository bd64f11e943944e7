package org.coopgraph.graph;

import java.util.List;

/**
 * What writing (or removing) one document did to the graph, or would do in a dry run.
 * <p>
 * {@code entities}, {@code relations} (including a unit's responsibility for a task) and {@code tasks} count the
 * document's facts after the write; they are 0 for {@link Status#UNCHANGED} (nothing was written) and
 * {@link Status#REMOVED}. The {@code *Changes} say what the write did: {@code entityChanges} counts entity nodes
 * created and deleted (an entity other documents mention is neither), {@code relationChanges} fact relationships,
 * {@code taskChanges} task nodes. A fact whose provenance or description changed counts as updated; one that did not
 * change is not counted at all. {@code createdEntities} names the entities created, so a dry run over several
 * documents can count a new entity they share once.
 */
public record WriteOutcome(String document, Status status, int entities, int relations, int tasks,
		Change entityChanges, Change relationChanges, Change taskChanges, List<String> createdEntities) {

	public WriteOutcome {
		createdEntities = List.copyOf(createdEntities);
	}

	/** The outcome for a document whose content is already stored: nothing written. */
	public static WriteOutcome unchanged(String document) {
		return new WriteOutcome(document, Status.UNCHANGED, 0, 0, 0, Change.NONE, Change.NONE, Change.NONE, List.of());
	}

	/** What happened to the document as a whole. */
	public enum Status {

		/** Not stored before; now it is. */
		NEW,
		/** Stored with other content; its facts now match the new content. */
		CHANGED,
		/** Stored with the same content hash; nothing was written. */
		UNCHANGED,
		/** Was stored; it and the facts only it supported are gone. */
		REMOVED

	}

	/** Counts of things added, updated and removed. */
	public record Change(int added, int updated, int removed) {

		public static final Change NONE = new Change(0, 0, 0);

		public Change plus(Change other) {
			return new Change(this.added + other.added, this.updated + other.updated, this.removed + other.removed);
		}

		public boolean isEmpty() {
			return this.added == 0 && this.updated == 0 && this.removed == 0;
		}

	}

}
