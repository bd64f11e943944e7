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
			if (!mentionsMoney(s.text())) {
				continue;
			}
			// Table cells wrap mid-word (共同注 / 资): match on the sentence without line breaks, map back to offsets.
			Flat flat = Flat.of(s.raw(text), s.start());
			String raw = flat.text();
			boolean joint = JOINT.matcher(raw).find();
			strategicInvestor(ctx, s, flat);
			if (!FUNDING.matcher(raw).find() && !joint) {
				continue;
			}
			AmountReader.Amount amount = this.amounts.first(raw);
			if (amount == null && !joint) {
				continue;
			}
			if (amount != null && QUOTA.matcher(raw.substring(Math.max(0, amount.start() - 4), amount.start())).find()) {
				// 不少于20万元: a target the plan sets, not money someone gives.
				continue;
			}
			if (eachToPartner(ctx, s, raw, amount)) {
				continue;
			}
			Matcher act = ACT.matcher(raw);
			int actAt = act.find() ? flat.offset(act.start())
					: flat.offset(FUNDING.matcher(raw).results().findFirst().map((r) -> r.start()).orElse(0));
			int actEnd = act.hasMatch() ? flat.offset(act.end() - 1) + 1 : actAt;
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
					// 与B共同注资C opens without a subject: the row's own unit is the other investor.
					String subject = raw.startsWith("与") || raw.startsWith("同") ? rowLead(ctx, s.start()) : null;
					if (subject != null && !funders.contains(subject)) {
						funders.add(subject);
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

	/** A cheap first look: every funding word holds one of these characters. */
	private static boolean mentionsMoney(String sentence) {
		for (int i = 0; i < sentence.length(); i++) {
			char c = sentence.charAt(i);
			if (c == '资' || c == '款' || c == '捐' || c == '金') {
				return true;
			}
		}
		return false;
	}

	private static final Pattern QUOTA = Pattern.compile("不低于|不少于|不超过|力争|达到");

	private static final Pattern STRATEGIC_INVESTOR = Pattern.compile("(?:引入|引进)(.{2,20}?)(?:作为|为)(?:战略投资者|战投)");

	/**
	 * 引入X为战略投资者: X puts money into the subject, which is the party named before the verb or, when the sentence
	 * opens with the verb, the unit that leads the row.
	 */
	private static void strategicInvestor(RelationContext ctx, Sentence s, Flat flat) {
		Matcher m = STRATEGIC_INVESTOR.matcher(flat.text());
		if (!m.find()) {
			return;
		}
		int verbAt = flat.offset(m.start());
		int investorFrom = flat.offset(m.start(1));
		int investorTo = flat.offset(m.end(1) - 1) + 1;
		List<Mention> ms = ctx.topLevel(s).stream().filter(FundingRule::party).toList();
		String investor = ms.stream()
			.filter((x) -> x.start() >= investorFrom && x.end() <= investorTo)
			.map(Mention::canonical)
			.findFirst()
			.orElse(null);
		String subject = ms.stream().filter((x) -> x.end() <= verbAt).map(Mention::canonical).reduce((a, b) -> b).orElse(null);
		if (subject == null && m.start() == 0) {
			subject = rowLead(ctx, s.start());
		}
		ctx.add(RelationType.FUNDS, investor, subject, null, ctx.evidence(s), "strategic-investor");
	}

	private static final Pattern EACH_TO_PARTNER = Pattern.compile("([村镇区]|社区|街道)分别给予结对(村|镇|社区|街道)");

	/**
	 * 两社区分别给予结对村3万元: each community of the unit's rows funds the village it pairs with, the amount after
	 * 分别 each. Returns whether that clause is the sentence's only funding, so the general reading can skip it.
	 */
	private boolean eachToPartner(RelationContext ctx, Sentence s, String raw, AmountReader.Amount first) {
		Matcher m = EACH_TO_PARTNER.matcher(raw);
		if (!m.find()) {
			return false;
		}
		AmountReader.Amount each = this.amounts.first(raw.substring(m.end()));
		String giverEnding = m.group(1);
		String unit = rowUnit(ctx, s.start());
		for (var r : ctx.relations()) {
			if (r.type() != RelationType.PAIRS_WITH) {
				continue;
			}
			ExtractedTask row = ctx.taskAt(r.evidence().start());
			boolean sameUnit = unit == null || row != null && row.responsible().contains(unit);
			for (String[] pair : new String[][] { { r.from(), r.to() }, { r.to(), r.from() } }) {
				if (sameUnit && pair[0].endsWith(giverEnding) && pair[1].endsWith(m.group(2))
						&& !pair[1].endsWith(giverEnding)) {
					ctx.add(RelationType.FUNDS, pair[0], pair[1], each == null ? null : each.yuan(), ctx.evidence(s),
							"funding-each");
				}
			}
		}
		return first == null || first.start() >= m.start();
	}

	/** The unit leading the task row that holds {@code at}: its 牵头单位, else the first unit named. */
	private static String rowLead(RelationContext ctx, int at) {
		ExtractedTask t = ctx.rowAt(at);
		if (t == null) {
			return null;
		}
		return !t.lead().isEmpty() ? t.lead().get(0) : t.responsible().isEmpty() ? null : t.responsible().get(0);
	}

	/** A sentence's text with whitespace removed and the document offset of each remaining character. */
	private record Flat(String text, int[] offsets) {

		static Flat of(String raw, int base) {
			StringBuilder sb = new StringBuilder(raw.length());
			int[] at = new int[raw.length()];
			for (int i = 0; i < raw.length(); i++) {
				char c = raw.charAt(i);
				if (Character.isWhitespace(c)) {
					continue;
				}
				at[sb.length()] = base + i;
				sb.append(c);
			}
			return new Flat(sb.toString(), java.util.Arrays.copyOf(at, Math.max(1, sb.length())));
		}

		int offset(int i) {
			return this.offsets[Math.min(i, this.offsets.length - 1)];
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
