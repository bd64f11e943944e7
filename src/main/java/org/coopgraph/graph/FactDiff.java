package org.coopgraph.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How one kind of fact of a document differs between what the graph stores and what the new extraction states:
 * rows to create, rows whose descriptive fields changed, and stored rows to delete. Facts that are the same on both
 * sides appear nowhere, so the writer leaves them (and their provenance) untouched. Immutable.
 */
record FactDiff(List<Map<String, Object>> added, List<Map<String, Object>> updated,
		List<Map<String, Object>> removed) {

	FactDiff {
		added = List.copyOf(added);
		updated = List.copyOf(updated);
		removed = List.copyOf(removed);
	}

	static FactDiff between(FactKind kind, List<Map<String, Object>> stored, List<Map<String, Object>> wanted) {
		Map<List<Object>, Map<String, Object>> before = new LinkedHashMap<>();
		stored.forEach((row) -> before.put(kind.identityOf(row), row));
		List<Map<String, Object>> added = new ArrayList<>();
		List<Map<String, Object>> updated = new ArrayList<>();
		for (Map<String, Object> row : wanted) {
			Map<String, Object> old = before.remove(kind.identityOf(row));
			if (old == null) {
				added.add(row);
			}
			else if (!kind.descriptionOf(old).equals(kind.descriptionOf(row))) {
				updated.add(row);
			}
		}
		return new FactDiff(added, updated, new ArrayList<>(before.values()));
	}

	/** The diff as a {@code {added, updated, removed}} map parameter. */
	Map<String, Object> asParameter() {
		return Map.of("added", this.added, "updated", this.updated, "removed", this.removed);
	}

	WriteOutcome.Change change() {
		return new WriteOutcome.Change(this.added.size(), this.updated.size(), this.removed.size());
	}

}
