package org.coopgraph.extract.stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.coopgraph.extract.Extraction;
import org.coopgraph.extract.Slot;
import org.coopgraph.extract.Stage;
import org.coopgraph.extract.model.Evidence;
import org.coopgraph.extract.model.ExtractedRelation;
import org.coopgraph.extract.model.ExtractedTask;
import org.coopgraph.extract.model.RelationType;
import org.coopgraph.extract.relation.RelationContext;
import org.coopgraph.extract.relation.RelationRule;

/**
 * Runs the relation rules in order (pairing first: it finds the main pair that later rules lean on) and adds the
 * task relations RESPONSIBLE_FOR, LEADS and CO_RESPONSIBLE from the tasks. Places a rule only implied (苏宿 → 苏州市,
 * 宿迁市) join the entities. Thread-safe: all per-document state lives in a {@link RelationContext}.
 */
public final class RelationRuleStage implements Stage {

	private final List<RelationRule> rules;

	public RelationRuleStage(List<RelationRule> rules) {
		this.rules = List.copyOf(rules);
	}

	@Override
	public Extraction apply(Extraction in) {
		RelationContext ctx = new RelationContext(in);
		for (RelationRule rule : this.rules) {
			rule.apply(ctx);
		}
		List<ExtractedRelation> relations = new ArrayList<>(ctx.relations());
		for (ExtractedTask t : in.tasks()) {
			Evidence e = t.evidence();
			for (String unit : t.responsible()) {
				relations.add(new ExtractedRelation(RelationType.RESPONSIBLE_FOR, unit, t.id(), null, e, "task"));
			}
			for (String unit : t.lead()) {
				relations.add(new ExtractedRelation(RelationType.LEADS, unit, t.id(), null, e, "task"));
			}
			for (String unit : t.coResponsible()) {
				relations.add(new ExtractedRelation(RelationType.CO_RESPONSIBLE, unit, t.id(), null, e, "task"));
			}
		}
		return in.withEntities(ctx.entities(), in.tasks(), in.index()).withRelations(relations);
	}

	@Override
	public Set<Slot> requires() {
		return Set.of(Slot.ENTITIES);
	}

	@Override
	public Set<Slot> provides() {
		// Places a rule only implied join the entities.
		return Set.of(Slot.ENTITIES, Slot.RELATIONS);
	}

}
