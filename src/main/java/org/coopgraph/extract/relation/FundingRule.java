package org.coopgraph.extract.relation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.coopgraph.extract.Mention;
import org.coopgraph.extract.model.EntityType;
import org.coopgraph.extract.model.ExtractedTask;
import org.coopgraph.extract.model.RelationType;

/**
 * FUNDS from sentences that state a funding act (帮扶资金, 援建资金, 扶持资金, 帮扶款, 资助, 出资, 捐赠, 注资) with an amount, or a
 * joint investment (A和B共同投资X) without one. The funder is the party named before the act, else the unit of the
 * activity-table row, else the main pair's helper; the recipient is the party named after the act, else a project in
 * the sentence, else the main pair's helped side.
 */
public final class FundingRule implements RelationRule {

	private static final Pattern FUNDING = Pattern
		.compile("帮扶合作资金|帮扶资金|援建资金|扶持资金|协作资金|帮扶款|帮扶金|资助|出资|捐赠|捐款|注资|援助资金");

	private static final Pattern ACT = Pattern.compile("共同投资|共同注资|给予|资助|出资|安排|投入|捐赠|捐款|注资|援建|拨付|落实|衔接");

	private static final Pattern JOINT = Pattern.compile("共同投资|共同注资|联合投资");

	private final AmountReader amounts = new AmountReader();

	@Override
	public void apply(RelationContext ctx) {
		sentences(ctx);
		unquantifiedRows(ctx);
	}

	private void sentences(RelationContext ctx) {
		String text = ctx.text();
		for (Sentence s : ctx.sentences()) {
			String raw = s.raw(text);
			boolean joint = JOINT.matcher(raw).find();
			if (!FUNDING.matcher(raw).find() && !joint) {
				continue;
			}
			AmountReader.Amount amount = this.amounts.first(raw);
			if (amount == null && !joint) {
				continue;
			}
			Matcher act = ACT.matcher(raw);
			int actAt = act.find() ? s.start() + act.start() : s.start() + FUNDING.matcher(raw).results().findFirst().map((r) -> r.start()).orElse(0);
			int actEnd = actAt + (act.hasMatch() ? act.group().length() : 0);
			List<Mention> ms = ctx.topLevel(s).stream().filter(FundingRule::party).toList();
			List<String> funders = new ArrayList<>();
			Mention lastBefore = null;
			for (Mention m : ms) {
				if (m.end() <= actAt) {
					lastBefore = m;
				}
			}
			if (lastBefore != null) {
				funders.add(lastBefore.canonical());
				if (joint) {
					for (Mention m : ms) {
						if (m.end() <= actAt && m != lastBefore && text.substring(m.end(), Math.min(actAt, m.end() + 2)).matches("[和与、及].*")) {
							funders.add(m.canonical());
						}
					}
				}
			}
			if (funders.isEmpty()) {
				String unit = rowUnit(ctx, s.end() - 1);
				if (unit != null) {
					funders.add(unit);
				}
				else if (ctx.helper() != null && !joint) {
					funders.add(ctx.helper());
				}
			}
			String recipient = ms.stream().filter((m) -> m.start() >= actEnd && !funders.contains(m.canonical())).map(Mention::canonical).findFirst().orElse(null);
			if (recipient == null) {
				recipient = ms.stream()
					.filter((m) -> (m.type() == EntityType.PROJECT || m.type() == EntityType.ORGANIZATION) && !funders.contains(m.canonical()))
					.map(Mention::canonical)
					.reduce((x, y) -> y)
					.orElse(null);
			}
			if (recipient == null && !joint && ctx.helped() != null && !funders.contains(ctx.helped())) {
				recipient = ctx.helped();
			}
			for (String f : funders) {
				ctx.add(RelationType.FUNDS, f, recipient, amount == null ? null : amount.yuan(), ctx.evidence(s), "funding");
			}
		}
	}

	/**
	 * A town's activity row that speaks of funds (资金捐赠, 安排协作资金) without an amount: the town funds its partner, or
	 * the helped side when it has none.
	 */
	private static void unquantifiedRows(RelationContext ctx) {
		for (ExtractedTask t : ctx.extraction().tasks()) {
			if (!t.id().startsWith("A.") || t.responsible().size() != 1 || !ROW_FUNDS.matcher(t.text()).find()) {
				continue;
			}
			String unit = t.responsible().get(0);
			if (ctx.typeOf(unit) != EntityType.TOWN || AMOUNT_HINT.matcher(t.text()).find()) {
				continue;
			}
			String partner = ctx.relations()
				.stream()
				.filter((r) -> r.type() == RelationType.PAIRS_WITH && (r.from().equals(unit) || r.to().equals(unit)))
				.map((r) -> r.from().equals(unit) ? r.to() : r.from())
				.findFirst()
				.orElse(ctx.helped());
			ctx.add(RelationType.FUNDS, unit, partner, null, t.evidence(), "funding-row");
		}
	}

	private static final Pattern ROW_FUNDS = Pattern.compile("资金捐赠|捐赠资金|协作资金|帮扶资金|帮扶款");

	private static final Pattern AMOUNT_HINT = Pattern.compile("\\d+(\\.\\d+)?\\s*(万|亿)?元");

	private static String rowUnit(RelationContext ctx, int at) {
		ExtractedTask t = ctx.taskAt(at);
		if (t != null && t.id().startsWith("A.") && t.responsible().size() == 1) {
			return t.responsible().get(0);
		}
		return null;
	}

	private static boolean party(Mention m) {
		return m.type() != null;
	}

}
