package org.coopgraph.extract.relation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.coopgraph.extract.Mention;
import org.coopgraph.extract.model.EntityType;
import org.coopgraph.extract.model.ExtractedTask;
import org.coopgraph.extract.model.RelationType;
import org.coopgraph.extract.relation.RelationWords.Kind;
import org.coopgraph.extract.text.Compact;

/**
 * FUNDS from clauses that give money (a funding act or money word of relation-words.tsv, with an amount), one fact
 * per funder and per amount, or from a joint investment (A和B共同投资X) without one. The funder is the sentence's
 * subject before the act (甲市及丙区向乙县拨付…: both), else the unit of the activity-table row, else the main pair's
 * helper; the recipient is read around the act and the role words of the sentence (see {@link #clause}).
 */
public final class FundingRule implements RelationRule {

	private static final Pattern JOINT = Pattern.compile("共同投资|共同注资|联合投资");

	private final AmountReader amounts = new AmountReader();

	private final PartyReader parties;

	private final RelationWords words;

	public FundingRule(PartyReader parties) {
		this.parties = parties;
		this.words = parties.words();
	}

	@Override
	public void apply(RelationContext ctx) {
		sentences(ctx);
		unquantifiedRows(ctx);
	}

	private void sentences(RelationContext ctx) {
		for (Sentence s : ctx.sentences()) {
			if (!mentionsMoney(s.text())) {
				continue;
			}
			// Table cells wrap mid-word (共同注 / 资): match on the sentence without line breaks, map back to offsets.
			Flat flat = Flat.of(s.raw(ctx.text()), s.start());
			String raw = flat.text();
			strategicInvestor(ctx, s, flat);
			if (JOINT.matcher(raw).find()) {
				jointInvestment(ctx, s, flat);
				continue;
			}
			if (eachToPartner(ctx, s, raw)) {
				continue;
			}
			List<Party> parties = this.parties.read(ctx, s, FundingRule::party);
			int from = 0;
			for (int i = 0; i <= raw.length(); i++) {
				if (i == raw.length() || CLAUSE_END.indexOf(raw.charAt(i)) >= 0) {
					clause(ctx, s, flat, parties, from, i);
					from = i + 1;
				}
			}
		}
	}

	private static final String CLAUSE_END = "，,；;。：:";

	/**
	 * One clause that gives money: every amount in it is a FUNDS from the sentence's subject (the list before the act that
	 * no role word marks) to the recipient, read in this order: the party after the act, the party marked by 向/给/为/对,
	 * the partners the subject signed with (分别: each of them), a project or organisation of the sentence, the
	 * subject's only partner in the document. Money for a province alone, or for several recipients none of which is
	 * named for the sum, is no FUNDS.
	 */
	private void clause(RelationContext ctx, Sentence s, Flat flat, List<Party> parties, int from, int to) {
		String clause = flat.text().substring(from, to);
		boolean gives = this.words.any(Kind.FUNDING_AID, clause) || this.words.any(Kind.FUNDING_SELF, clause)
				|| this.words.any(Kind.FUNDING_MONEY, clause) && this.words.any(Kind.FUNDING_ACT, clause);
		if (!gives || this.words.any(Kind.NOT_FUNDING, clause) || EACH_TO_PARTNER.matcher(clause).find()) {
			return;
		}
		List<AmountReader.Amount> found = this.amounts.all(clause);
		// A donation stated without its sum (举行帮扶资金捐赠仪式) is a funding act all the same, where one pairing
		// says who gives to whom; a plan's item (继续做好资金捐赠) intends one, and its rows are read on their own.
		boolean donation = found.isEmpty() && ctx.rowAt(s.start()) == null && donatesMoney(clause) && onePairing(ctx);
		if (found.isEmpty() && !donation) {
			return;
		}
		if (donation) {
			donation(ctx, s, parties, flat.offset(from), flat.offset(to - 1) + 1);
			return;
		}
		int act = firstOf(clause, Kind.FUNDING_ACT);
		int actAt = flat.offset(from + (act >= 0 ? act : found.get(0).start()));
		int clauseEnd = flat.offset(to - 1) + 1;
		List<String> funders = subject(ctx, parties, actAt);
		boolean namedFunder = !funders.isEmpty();
		if (funders.isEmpty()) {
			String unit = rowUnit(ctx, s.end() - 1);
			if (unit != null) {
				funders = List.of(unit);
			}
			else if (ctx.helper() != null) {
				funders = List.of(ctx.helper());
			}
		}
		Recipients recipients = recipients(ctx, s, parties, actAt, clauseEnd, funders, namedFunder);
		if (recipients.names().isEmpty() || recipients.names().size() > 1 && !clause.contains("分别")) {
			return;
		}
		for (AmountReader.Amount amount : found) {
			String before = clause.substring(Math.max(0, amount.start() - 6), amount.start());
			if (this.words.any(Kind.QUOTA, before) && !(namedFunder && recipients.marked())) {
				// 不少于20万元: a target the plan sets, not money someone gives, unless it names who gives to whom.
				continue;
			}
			for (String f : funders) {
				for (String r : recipients.names()) {
					if (!f.equals(r)) {
						ctx.add(RelationType.FUNDS, f, r, amount.yuan(), ctx.evidence(s), "funding");
					}
				}
			}
		}
	}

	/** Who receives, and whether a role word or the clause's own object named them. */
	private record Recipients(List<String> names, boolean marked) {
	}

	private Recipients recipients(RelationContext ctx, Sentence s, List<Party> parties, int actAt, int clauseEnd,
			List<String> funders, boolean namedFunder) {
		String text = ctx.text();
		Party after = parties.stream()
			.filter((p) -> p.start() >= actAt && !funders.contains(p.name()))
			.findFirst()
			.orElse(null);
		if (after != null && this.parties.holdsProvince(text.substring(actAt, after.end()))) {
			return new Recipients(List.of(), false);
		}
		if (after != null && after.start() < clauseEnd) {
			return new Recipients(listOf(parties, after), true);
		}
		Party marked = last(parties, actAt, (p) -> this.words.is(Kind.RECIPIENT_MARKER, p.marker()));
		if (marked != null) {
			return new Recipients(listOf(parties, marked), true);
		}
		Party partner = last(parties, actAt, (p) -> this.words.is(Kind.PARTNER_MARKER, p.marker()));
		if (partner != null && !funders.contains(partner.name())) {
			List<String> list = listOf(parties, partner);
			boolean incomplete = Compact.of(text.substring(partner.listEnd(), Math.min(s.end(), partner.listEnd() + 1)))
				.startsWith("等");
			if (!incomplete) {
				return new Recipients(list, false);
			}
		}
		else if (after != null) {
			return new Recipients(listOf(parties, after), false);
		}
		String project = ctx.topLevel(s)
			.stream()
			.filter((m) -> (m.type() == EntityType.PROJECT || m.type() == EntityType.ORGANIZATION)
					&& !funders.contains(m.canonical()))
			.map(Mention::canonical)
			.reduce((x, y) -> y)
			.orElse(null);
		if (project != null) {
			return new Recipients(List.of(project), false);
		}
		Set<String> partners = funders.size() == 1 ? partnersOf(ctx, funders.get(0)) : Set.of();
		if (partners.size() == 1) {
			return new Recipients(List.copyOf(partners), false);
		}
		// A funder with several partners leaves the recipient open (全市落实援建资金 of a city that helps two); a row's
		// unit or the helper of one pairing gives to the helped side.
		return new Recipients(ctx.helped() == null || namedFunder || partners.size() > 1 ? List.of()
				: List.of(ctx.helped()), false);
	}

	/**
	 * Whether the clause donates money: a donation act that says money by itself (爱心捐款, 捐助), or one with a word for
	 * money besides it (帮扶资金捐赠, not 捐赠标本).
	 */
	private boolean donatesMoney(String clause) {
		if (this.words.any(Kind.DONATION_MONEY, clause)) {
			return true;
		}
		if (!this.words.any(Kind.DONATION, clause)) {
			return false;
		}
		String rest = clause;
		for (String w : this.words.of(Kind.DONATION)) {
			rest = rest.replace(w, "");
		}
		return this.words.any(Kind.FUNDING_MONEY, rest);
	}

	/**
	 * A donation without a sum: from the clause's own subject, else the helper, to the party the clause names after the
	 * act or marks as recipient, else the helped side.
	 */
	private void donation(RelationContext ctx, Sentence s, List<Party> parties, int from, int to) {
		List<Party> inClause = parties.stream().filter((p) -> p.start() >= from && p.end() <= to).toList();
		int act = from;
		String text = ctx.text();
		while (act < to && this.words.at(Kind.DONATION, text, act) == null) {
			act++;
		}
		List<String> funders = subject(ctx, inClause, act);
		if (funders.isEmpty()) {
			funders = List.of(ctx.helper());
		}
		int at = act;
		Party recipient = inClause.stream()
			.filter((p) -> p.start() >= at || this.words.is(Kind.RECIPIENT_MARKER, p.marker()))
			.findFirst()
			.orElse(null);
		List<String> recipients = recipient == null ? List.of(ctx.helped()) : listOf(inClause, recipient);
		for (String f : funders) {
			for (String r : recipients) {
				ctx.add(RelationType.FUNDS, f, r, null, ctx.evidence(s), "donation");
			}
		}
	}

	/** Whether the document pairs exactly two cities or counties, the main pair. */
	private static boolean onePairing(RelationContext ctx) {
		return ctx.helper() != null && partnersOf(ctx, ctx.helper()).size() == 1
				&& partnersOf(ctx, ctx.helped()).size() == 1 && ctx.relations()
					.stream()
					.filter((r) -> r.type() == RelationType.PAIRS_WITH && isCityOrCounty(ctx, r.from()) && isCityOrCounty(ctx, r.to()))
					.count() == 1;
	}

	private static boolean isCityOrCounty(RelationContext ctx, String name) {
		EntityType t = ctx.typeOf(name);
		return t == EntityType.CITY || t == EntityType.COUNTY;
	}

	/**
	 * The cities and counties the document pairs {@code party} with: money without a stated recipient goes to the
	 * partner only in a document about one pairing.
	 */
	private static Set<String> partnersOf(RelationContext ctx, String party) {
		Set<String> found = new LinkedHashSet<>();
		for (var r : ctx.relations()) {
			if (r.type() != RelationType.PAIRS_WITH || !r.from().equals(party) && !r.to().equals(party)) {
				continue;
			}
			String other = r.from().equals(party) ? r.to() : r.from();
			if (isCityOrCounty(ctx, other)) {
				found.add(other);
			}
		}
		return found;
	}

	/**
	 * The subject before {@code at}: the last list that no role word marks and no funding act governs (给予甲镇10万元，…
	 * makes 甲镇 a recipient), every member of it (甲市及乙区向…: both). A project is what money builds, never who gives
	 * it (援建某县的42个项目…拨付资金).
	 */
	private List<String> subject(RelationContext ctx, List<Party> parties, int at) {
		String text = ctx.text();
		Party last = last(parties, at, (p) -> p.marker().isEmpty() && p.head().type() != EntityType.PROJECT
				&& this.words.endOf(Kind.FUNDING_ACT, Compact.of(text.substring(Math.max(0, p.start() - 4), p.start()))) == null);
		return last == null ? List.of() : listOf(parties, last);
	}

	private static Party last(List<Party> parties, int at, java.util.function.Predicate<Party> test) {
		Party found = null;
		for (Party p : parties) {
			if (p.end() <= at && test.test(p)) {
				found = p;
			}
		}
		return found;
	}

	private static List<String> listOf(List<Party> parties, Party member) {
		List<String> out = new ArrayList<>();
		for (Party p : parties) {
			if (p.list() == member.list() && !out.contains(p.name())) {
				out.add(p.name());
			}
		}
		return out;
	}

	private int firstOf(String clause, Kind kind) {
		for (int i = 0; i < clause.length(); i++) {
			if (this.words.at(kind, clause, i) != null) {
				return i;
			}
		}
		return -1;
	}

	/** A和B共同投资X: each investor funds what they invest in, amount or not. */
	private void jointInvestment(RelationContext ctx, Sentence s, Flat flat) {
		String text = ctx.text();
		String raw = flat.text();
		AmountReader.Amount amount = this.amounts.first(raw);
		Matcher act = JOINT.matcher(raw);
		act.find();
		int actAt = flat.offset(act.start());
		int actEnd = flat.offset(act.end() - 1) + 1;
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
			for (Mention m : ms) {
				if (m.end() <= actAt && m != lastBefore
						&& text.substring(m.end(), Math.min(actAt, m.end() + 2)).matches("[和与、及].*")) {
					funders.add(m.canonical());
				}
			}
			// 与B共同注资C opens without a subject: the row's own unit is the other investor.
			String subject = raw.startsWith("与") || raw.startsWith("同") ? rowLead(ctx, s.start()) : null;
			if (subject != null && !funders.contains(subject)) {
				funders.add(subject);
			}
		}
		if (funders.isEmpty()) {
			String unit = rowUnit(ctx, s.end() - 1);
			if (unit != null) {
				funders.add(unit);
			}
		}
		String recipient = ms.stream()
			.filter((m) -> m.start() >= actEnd && !funders.contains(m.canonical()))
			.map(Mention::canonical)
			.findFirst()
			.orElse(null);
		if (recipient == null) {
			recipient = ms.stream()
				.filter((m) -> (m.type() == EntityType.PROJECT || m.type() == EntityType.ORGANIZATION)
						&& !funders.contains(m.canonical()))
				.map(Mention::canonical)
				.reduce((x, y) -> y)
				.orElse(null);
		}
		for (String f : funders) {
			ctx.add(RelationType.FUNDS, f, recipient, amount == null ? null : amount.yuan(), ctx.evidence(s), "funding");
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
	private boolean eachToPartner(RelationContext ctx, Sentence s, String raw) {
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
		AmountReader.Amount first = this.amounts.first(raw);
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
