package org.coopgraph.extract.relation;

import java.util.List;

import org.coopgraph.extract.Mention;
import org.coopgraph.extract.model.EntityType;
import org.coopgraph.extract.model.RelationType;

/**
 * LOCATED_IN from how places are written together ({@link PartyReader}): each place of a chain lies in the one written
 * before it (万源市草坝镇寨坝村: the village in the town, the town in the county), the later members of a list share the
 * chain that opens it (吴忠市盐池县、同心县: 同心县 in 吴忠市), and a city listed with its own counties holds them
 * (甲市及乙县、丙县), and so does a chain inside a longer name (甲市乙县某中学). Where the gazetteer knows both places it
 * must agree.
 */
public final class PlaceChainRule implements RelationRule {

	private final PartyReader parties;

	public PlaceChainRule(PartyReader parties) {
		this.parties = parties;
	}

	@Override
	public void apply(RelationContext ctx) {
		for (Sentence s : ctx.sentences()) {
			List<Party> ps = this.parties.read(ctx, s, PlaceChainRule::placeLike);
			for (Party p : ps) {
				Mention inner = p.head();
				for (Mention outer : p.outer()) {
					ctx.add(RelationType.LOCATED_IN, inner.canonical(), outer.canonical(), null, ctx.evidence(s), "place-chain");
					inner = outer;
				}
				if (!p.scope().isEmpty() && holds(p.scope().get(0), p.head())) {
					ctx.add(RelationType.LOCATED_IN, p.name(), p.scope().get(0).canonical(), null, ctx.evidence(s),
							"place-chain");
				}
				Party first = ps.stream().filter((q) -> q.list() == p.list()).findFirst().orElseThrow();
				if (first != p && first.outer().isEmpty() && first.head().type() == EntityType.CITY
						&& p.outer().isEmpty() && first.head().division() != null && p.head().division() != null
						&& this.parties.within(first.head(), p.head())) {
					ctx.add(RelationType.LOCATED_IN, p.name(), first.name(), null, ctx.evidence(s), "place-chain");
				}
			}
			chainsInsideNames(ctx, s);
		}
	}

	/**
	 * A chain of places written inside the name of a body, school or company (甲市乙县某中学, 甲市乙县某公司) places them
	 * as the chain would alone, where the gazetteer knows both and agrees. Not inside a project's name, which may join
	 * two places (甲市乙港至丙市航线).
	 */
	private void chainsInsideNames(RelationContext ctx, Sentence s) {
		for (Mention name : ctx.topLevel(s)) {
			EntityType t = name.type();
			if (t != EntityType.ORGANIZATION && t != EntityType.DEPARTMENT && t != EntityType.ENTERPRISE) {
				continue;
			}
			Mention previous = null;
			for (Mention m : ctx.index().mentionsIn(name.start(), name.end())) {
				if (m == name || m.division() == null) {
					continue;
				}
				if (previous != null && previous.end() == m.start() && this.parties.within(previous, m)
						&& !previous.division().equals(m.division())) {
					ctx.add(RelationType.LOCATED_IN, m.canonical(), previous.canonical(), null, ctx.evidence(s),
							"place-chain");
				}
				previous = m;
			}
		}
	}

	/** Whether {@code outer} may hold {@code inner}: the gazetteer says so, or does not know one of them. */
	private boolean holds(Mention outer, Mention inner) {
		if (outer.division() == null || inner.division() == null) {
			return inner.type() == EntityType.PARK || inner.type() != outer.type();
		}
		return this.parties.within(outer, inner) && !outer.division().equals(inner.division());
	}

	private static boolean placeLike(Mention m) {
		EntityType t = m.type();
		return t == EntityType.CITY || t == EntityType.COUNTY || t == EntityType.TOWN || t == EntityType.VILLAGE
				|| t == EntityType.PARK;
	}

}
