package org.coopgraph.extract.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.coopgraph.extract.Extraction;
import org.coopgraph.extract.PlaceCodes;
import org.coopgraph.extract.model.Evidence;
import org.coopgraph.extract.model.ExtractedEntity;
import org.coopgraph.extract.model.ExtractedRelation;
import org.coopgraph.extract.model.ExtractedTask;
import org.coopgraph.extract.model.RelationType;

/**
 * Joins the results of a document's sections: entities by canonical name (aliases united, the first type kept, the
 * division codes resolved once for the document),
 * relations once each (a FUNDS once per amount), tasks in order, every evidence offset moved from section to document
 * coordinates. Not thread-safe: one per {@link DocumentExtractor#extract} call.
 */
final class SectionMerger {

	private final Map<String, ExtractedEntity> entities = new LinkedHashMap<>();

	private final Map<String, Set<String>> aliases = new LinkedHashMap<>();

	private final Map<String, PlaceCodes> codes = new LinkedHashMap<>();

	private final Map<String, ExtractedRelation> relations = new LinkedHashMap<>();

	private final List<ExtractedTask> tasks = new ArrayList<>();

	void add(Extraction section, int offset) {
		for (ExtractedEntity e : section.entities()) {
			this.entities.putIfAbsent(e.name(), e);
			this.aliases.computeIfAbsent(e.name(), (k) -> new LinkedHashSet<>()).addAll(e.aliases());
			this.codes.computeIfAbsent(e.name(), (k) -> new PlaceCodes()).add(e);
		}
		for (ExtractedRelation r : section.relations()) {
			String key = r.type() + "|" + r.from() + "|" + r.to();
			if (r.type() == RelationType.PAIRS_WITH && r.from().compareTo(r.to()) > 0) {
				key = r.type() + "|" + r.to() + "|" + r.from();
			}
			// Each amount between the same pair is a fact of its own.
			key += "|" + r.amountCny();
			this.relations.putIfAbsent(key, new ExtractedRelation(r.type(), r.from(), r.to(), r.amountCny(),
					shift(r.evidence(), offset), r.rule(), r.year()));
		}
		for (ExtractedTask t : section.tasks()) {
			this.tasks.add(new ExtractedTask(t.id(), t.text(), t.responsible(), t.lead(), t.coResponsible(), t.deadline(),
					shift(t.evidence(), offset)));
		}
	}

	private static Evidence shift(Evidence e, int offset) {
		return offset == 0 || e.start() < 0 ? e : new Evidence(e.sentence(), e.start() + offset, e.end() + offset);
	}

	List<ExtractedEntity> entities() {
		List<ExtractedEntity> out = new ArrayList<>(this.entities.size());
		this.entities.forEach((name, e) -> out
			.add(this.codes.get(name).entity(name, e.type(), List.copyOf(this.aliases.get(name)))));
		return out;
	}

	List<ExtractedRelation> relations() {
		return new ArrayList<>(this.relations.values());
	}

	List<ExtractedTask> tasks() {
		return this.tasks;
	}

}
