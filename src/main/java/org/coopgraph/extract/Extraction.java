package org.coopgraph.extract;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.coopgraph.extract.model.ExtractedEntity;
import org.coopgraph.extract.model.ExtractedRelation;
import org.coopgraph.extract.model.ExtractedTask;
import org.coopgraph.extract.structure.RawTask;
import org.coopgraph.extract.text.DocumentText;

/**
 * The state of one document's extraction, one field per {@link Slot}; each stage returns a copy with its slots set.
 */
public record Extraction(String docName, DocumentText text, List<RawTask> rawTasks, List<Mention> places,
		DocumentContext context, List<Mention> mentions, List<ExtractedEntity> entities, List<ExtractedTask> tasks,
		EntityIndex index, List<ExtractedRelation> relations) {

	public static Extraction start(String docName, String rawText) {
		return new Extraction(docName, DocumentText.of(rawText), List.of(), List.of(), DocumentContext.UNKNOWN,
				List.of(), List.of(), List.of(), EntityIndex.EMPTY, List.of());
	}

	public Extraction withRawTasks(List<RawTask> value) {
		return new Extraction(this.docName, this.text, value, this.places, this.context, this.mentions, this.entities,
				this.tasks, this.index, this.relations);
	}

	public Extraction withPlaces(List<Mention> value) {
		return new Extraction(this.docName, this.text, this.rawTasks, value, this.context, this.mentions,
				this.entities, this.tasks, this.index, this.relations);
	}

	public Extraction withContext(DocumentContext value) {
		return new Extraction(this.docName, this.text, this.rawTasks, this.places, value, this.mentions,
				this.entities, this.tasks, this.index, this.relations);
	}

	public Extraction withMentions(List<Mention> value) {
		return new Extraction(this.docName, this.text, this.rawTasks, this.places, this.context, value,
				this.entities, this.tasks, this.index, this.relations);
	}

	public Extraction withEntities(List<ExtractedEntity> entities, List<ExtractedTask> tasks, EntityIndex index) {
		return new Extraction(this.docName, this.text, this.rawTasks, this.places, this.context, this.mentions,
				entities, tasks, index, this.relations);
	}

	public Extraction withRelations(List<ExtractedRelation> value) {
		return new Extraction(this.docName, this.text, this.rawTasks, this.places, this.context, this.mentions,
				this.entities, this.tasks, this.index, value);
	}

	/**
	 * The slots whose values differ between this extraction and {@code later}, by identity: a stage that leaves a slot
	 * alone passes its value on unchanged.
	 */
	public Set<Slot> slotsChangedIn(Extraction later) {
		Set<Slot> changed = EnumSet.noneOf(Slot.class);
		if (this.text != later.text) {
			changed.add(Slot.TEXT);
		}
		if (this.rawTasks != later.rawTasks) {
			changed.add(Slot.STRUCTURE);
		}
		if (this.places != later.places) {
			changed.add(Slot.PLACES);
		}
		if (this.context != later.context) {
			changed.add(Slot.CONTEXT);
		}
		if (this.mentions != later.mentions) {
			changed.add(Slot.MENTIONS);
		}
		if (this.entities != later.entities || this.tasks != later.tasks || this.index != later.index) {
			changed.add(Slot.ENTITIES);
		}
		if (this.relations != later.relations) {
			changed.add(Slot.RELATIONS);
		}
		return changed;
	}

}
