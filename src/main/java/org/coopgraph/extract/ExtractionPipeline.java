package org.coopgraph.extract;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Stages in a fixed order, checked at construction: every stage's requirements must be provided by an earlier stage.
 * Each run checks that a stage changed only the slots it provides, so the declared order stays true. Immutable and thread-safe when its stages are.
 */
public final class ExtractionPipeline {

	private final List<Stage> stages;

	private ExtractionPipeline(List<Stage> stages) {
		this.stages = stages;
	}

	/**
	 * Checks the order: {@link Slot#TEXT} is there from the start ({@link Extraction#start}), every other slot must be
	 * provided by an earlier stage.
	 * @throws IllegalArgumentException if a stage requires a slot no earlier stage provides
	 */
	public static ExtractionPipeline of(Stage... stages) {
		Set<Slot> provided = EnumSet.of(Slot.TEXT);
		for (Stage stage : stages) {
			if (!provided.containsAll(stage.requires())) {
				Set<Slot> missing = EnumSet.copyOf(stage.requires());
				missing.removeAll(provided);
				throw new IllegalArgumentException(stage.name() + " requires " + missing + " which no earlier stage provides");
			}
			provided.addAll(stage.provides());
		}
		return new ExtractionPipeline(List.of(stages));
	}

	/**
	 * Runs the stages in order.
	 * @throws IllegalStateException if a stage changed a slot it does not declare in {@link Stage#provides()}
	 */
	public Extraction run(Extraction in) {
		Extraction current = in;
		for (Stage stage : this.stages) {
			Extraction next = stage.apply(current);
			Set<Slot> undeclared = current.slotsChangedIn(next);
			undeclared.removeAll(stage.provides());
			if (!undeclared.isEmpty()) {
				throw new IllegalStateException(stage.name() + " changed " + undeclared + " without declaring it");
			}
			current = next;
		}
		return current;
	}

	public List<Stage> stages() {
		return this.stages;
	}

}
