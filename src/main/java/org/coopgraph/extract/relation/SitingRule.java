package org.coopgraph.extract.relation;

import java.util.List;

import org.coopgraph.extract.Mention;
import org.coopgraph.extract.model.EntityType;
import org.coopgraph.extract.model.RelationType;
import org.coopgraph.extract.text.Compact;

/**
 * LOCATED_IN from siting statements, which say where a park or project is whatever its name opens with: 甲项目选择落户乙园区,
 * 甲产业园位于乙县, 落户乙县的甲项目 (siting words in {@code relation-words.tsv}). The place taken is the innermost of a chain
 * written after the siting word (乙市丙县: 丙县). Runs before {@link PlacementRule}, which then leaves a sited name's
 * places alone.
 */
public final class SitingRule implements RelationRule {

	/** The rule name its relations carry. */
	static final String RULE = "siting";

	/** How many characters (签约, 选择, 已正式) may stand between the sited name and its siting word. */
	private static final int MAX_FILLER = 4;

	private final RelationWords words;

	public SitingRule(RelationWords words) {
		this.words = words;
	}

	@Override
	public void apply(RelationContext ctx) {
		String text = ctx.text();
		for (Sentence s : ctx.sentences()) {
			List<Mention> ms = ctx.topLevel(s);
			for (int i = 0; i + 1 < ms.size(); i++) {
				Mention x = ms.get(i);
				if (sitable(x) && sitingBetween(Compact.of(text.substring(x.end(), ms.get(i + 1).start())))) {
					place(ctx, s, x, ms, i + 1);
				}
				// 落户乙县的甲项目: the siting word before the place, 的 between the place and the sited name.
				Mention y = ms.get(i + 1);
				if (sitable(y) && Compact.of(text.substring(x.end(), y.start())).equals("的") && host(x)
						&& this.words.endOf(RelationWords.Kind.SITING, Compact.of(text.substring(s.start(), x.start()))) != null) {
					ctx.add(RelationType.LOCATED_IN, y.canonical(), x.canonical(), null, ctx.evidence(s), RULE);
				}
			}
		}
	}

	/** Whether the gap is a siting word, with a few characters before it and nothing after. */
	private boolean sitingBetween(String gap) {
		String word = this.words.endOf(RelationWords.Kind.SITING, gap);
		return word != null && gap.length() - word.length() <= MAX_FILLER
				&& gap.substring(0, gap.length() - word.length()).matches("\\p{IsHan}*");
	}

	/** Places {@code x} in the innermost place of the chain that starts at {@code ms[from]}. */
	private void place(RelationContext ctx, Sentence s, Mention x, List<Mention> ms, int from) {
		int k = from;
		while (k + 1 < ms.size() && ms.get(k + 1).start() == ms.get(k).end() && host(ms.get(k + 1))) {
			k++;
		}
		Mention y = ms.get(k);
		// 落户杭州湾: a place name that a landform word follows names the landform, not the place.
		boolean landform = y.division() != null && this.words.at(RelationWords.Kind.LANDFORM, ctx.text(), y.end()) != null;
		if (host(y) && !landform && !y.canonical().equals(x.canonical())) {
			ctx.add(RelationType.LOCATED_IN, x.canonical(), y.canonical(), null, ctx.evidence(s), RULE);
		}
	}

	private static boolean sitable(Mention m) {
		return m.type() == EntityType.PARK || m.type() == EntityType.PROJECT;
	}

	private static boolean host(Mention m) {
		EntityType t = m.type();
		return t == EntityType.CITY || t == EntityType.COUNTY || t == EntityType.TOWN || t == EntityType.VILLAGE
				|| t == EntityType.PARK;
	}

}
