package org.coopgraph.extract;

import java.util.ArrayList;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ExtractionPipelineTests {

	private record FakeStage(String label, Set<Slot> requires, Set<Slot> provides, UnaryOperator<Extraction> effect)
			implements Stage {

		FakeStage(String label, Set<Slot> requires, Set<Slot> provides) {
			this(label, requires, provides, UnaryOperator.identity());
		}

		@Override
		public Extraction apply(Extraction in) {
			return this.effect.apply(in);
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

	@Test
	void refusesAStageThatChangesASlotItDoesNotDeclare() {
		Stage rewritesEntities = new FakeStage("relations", Set.of(Slot.TEXT), Set.of(Slot.RELATIONS),
				(in) -> in.withEntities(new ArrayList<>(), in.tasks(), in.index()).withRelations(new ArrayList<>()));
		ExtractionPipeline pipeline = ExtractionPipeline.of(rewritesEntities);
		assertThatIllegalStateException().isThrownBy(() -> pipeline.run(Extraction.start("d", "甲")))
			.withMessageContaining("relations changed [ENTITIES]");
	}

}
