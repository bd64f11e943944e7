package org.coopgraph.extract;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ExtractionPipelineTests {

	private record FakeStage(String label, Set<Slot> requires, Set<Slot> provides) implements Stage {

		@Override
		public Extraction apply(Extraction in) {
			return in;
		}

		@Override
		public String name() {
			return this.label;
		}

	}

	@Test
	void refusesAStageWhoseRequirementNoEarlierStageProvides() {
		Stage relations = new FakeStage("relations", Set.of(Slot.ENTITIES), Set.of(Slot.RELATIONS));
		Stage entities = new FakeStage("entities", Set.of(Slot.TEXT), Set.of(Slot.ENTITIES));
		assertThatIllegalArgumentException().isThrownBy(() -> ExtractionPipeline.of(relations, entities))
			.withMessageContaining("relations requires [ENTITIES]");
		assertThat(ExtractionPipeline.of(entities, relations).stages()).hasSize(2);
	}

}
