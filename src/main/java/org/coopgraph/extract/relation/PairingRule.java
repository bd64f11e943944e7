package org.coopgraph.extract.relation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.coopgraph.extract.Mention;
import org.coopgraph.extract.model.EntityType;
import org.coopgraph.extract.model.ExtractedTask;
import org.coopgraph.extract.model.RelationType;
import org.coopgraph.extract.text.Compact;

/**
 * PAIRS_WITH from pairing statements, read on the sentence's parties ({@link PartyReader}: 甲市乙县 is one party, 乙县;
 * 甲、乙和丙 one list): two lists joined by 与/和/同 or a pairing verb (A与B结对, A帮扶B、C, A——B, 甲、乙分别与丙、丁),
 * adjacent partners (甲乙南北结对), the two members of a list (A、B两市结对, A和B签订结对协议), and 与B结对 whose
 * subject is the document's place or the row's unit. A place is never paired with its own ancestor. The first pair of
 * places found is the document's main pair, helper first.
 */
public final class PairingRule implements RelationRule {

	private static final Pattern AFTER_ADJACENT = Pattern.compile("^(南北|东西|结对|对口|帮扶|协作|两地|两市|携手).*");

	// A two-member list followed by a programme's name pairs its members (甲、乙山海协作全面升级).
	private static final Pattern AFTER_LIST = Pattern
		.compile("^(两市|两地|两县|两区|两镇|之间|山海协作|东西部协作|南北结对|南北挂钩|对口协作|对口合作).*");

	private static final String CLAUSE_BREAK = "，,；;：:。";

	/** How the bodies a place sends to work in its partner end: work teams, work groups and front headquarters. */
	private static final List<String> WORK_TEAM_ENDINGS = List.of("工作队", "工作组", "指挥部");

	/** Words in a work team's name between the place that sends it and the place it works in (甲市驻乙县工作队). */
	private static final Set<String> TEAM_LINKS = Set.of("赴", "驻", "援", "在", "派驻");

	private final PartyReader parties;

	private final RelationWords words;

	public PairingRule(PartyReader parties) {
		this.parties = parties;
		this.words = parties.words();
	}

	@Override
	public void apply(RelationContext ctx) {
		boolean pairingDocument = false;
		for (Sentence s : ctx.sentences()) {
			if (mentionsPairing(s.text())) {
				pairingDocument = true;
				break;
			}
		}
		if (!pairingDocument) {
			return;
		}
		for (Sentence s : ctx.sentences()) {
			workTeams(ctx, s);
			boolean stated = mentionsPairing(s.text());
			List<List<Party>> lists = lists(this.parties.read(ctx, s, PairingRule::pairable));
			Set<Integer> objects = new HashSet<>();
			for (int k = 0; k + 1 < lists.size(); k++) {
				List<Party> left = lists.get(k);
				List<Party> right = lists.get(k + 1);
				if (joined(ctx, s, left, right, stated)) {
					if (dashed(ctx, left, right)) {
						// 甲-乙、甲-丙: a dash binds the two names beside it, not the lists they stand in.
						pairParties(ctx, s, left.get(left.size() - 1), right.get(0));
					}
					else {
						pairLists(ctx, s, left, right);
					}
					objects.add(k + 1);
				}
			}
			if (stated) {
				for (int k = 0; k < lists.size(); k++) {
					if (!objects.contains(k)) {
						pairWithin(ctx, s, lists.get(k));
					}
				}
				withoutSubject(ctx, s, ctx.topLevel(s).stream().filter(PairingRule::pairable).toList());
				respectively(ctx, s, ctx.topLevel(s).stream().filter(PairingRule::pairable).toList());
			}
		}
	}

	private static List<List<Party>> lists(List<Party> parties) {
		List<List<Party>> out = new ArrayList<>();
		for (Party p : parties) {
			if (out.isEmpty() || out.get(out.size() - 1).get(0).list() != p.list()) {
				out.add(new ArrayList<>());
			}
			out.get(out.size() - 1).add(p);
		}
		return out;
	}

	/**
	 * Whether the two lists are the two sides of a pairing: joined by 与/和/同 or by a pairing verb (adverbs and a
	 * province in between are skipped: 日前分别与河北…, 目前对口帮扶宁夏…), or written next to each other before 南北结对. A
	 * sentence without a pairing word pairs only a line that is nothing but A——B, in a document about pairings.
	 */
	private boolean joined(RelationContext ctx, Sentence s, List<Party> left, List<Party> right, boolean stated) {
		String text = ctx.text();
		Party a = left.get(left.size() - 1);
		Party b = right.get(0);
		String gap = Compact.of(text.substring(a.end(), b.start()));
		String core = this.words.withoutLeadingAdverbs(this.parties.withoutProvinces(gap));
		if (!stated) {
			String opening = this.parties.withoutProvince(Compact.of(text.substring(s.start(), a.start())));
			String closing = Compact.of(text.substring(b.end(), s.end()));
			return left.size() == 1 && right.size() == 1 && this.words.is(RelationWords.Kind.PAIRING_VERB, core)
					&& !core.matches("[\\p{IsHan}]+") && opening.isEmpty() && closing.matches("[；;。，,]?");
		}
		if (this.words.is(RelationWords.Kind.PARTNER_MARKER, core) || core.equals("和")
				|| this.words.is(RelationWords.Kind.PAIRING_VERB, core)) {
			return true;
		}
		String after = Compact.of(text.substring(b.end(), Math.min(s.end(), b.end() + 6)));
		return gap.isEmpty() && left.size() == 1 && right.size() == 1 && isPlace(a.head()) && isPlace(b.head())
				&& AFTER_ADJACENT.matcher(after).matches();
	}

	/** Whether only a dash or another symbol (——, -, ↔) stands between the two lists. */
	private boolean dashed(RelationContext ctx, List<Party> left, List<Party> right) {
		String gap = Compact.of(ctx.text().substring(left.get(left.size() - 1).end(), right.get(0).start()));
		return !gap.isEmpty() && gap.codePoints().noneMatch(Character::isIdeographic)
				&& this.words.is(RelationWords.Kind.PAIRING_VERB, gap);
	}

	/** Equal lists pair in order (甲、乙分别与丙、丁); a single party pairs with each member of the other side. */
	private void pairLists(RelationContext ctx, Sentence s, List<Party> left, List<Party> right) {
		if (left.size() == right.size()) {
			for (int i = 0; i < left.size(); i++) {
				pairParties(ctx, s, left.get(i), right.get(i));
			}
		}
		else if (left.size() == 1 || right.size() == 1) {
			for (Party a : left) {
				for (Party b : right) {
					pairParties(ctx, s, a, b);
				}
			}
		}
	}

	/** 甲、乙两市结对, 甲、乙山海协作, 甲和丙省乙签订结对协议: the two members of one list pair with each other. */
	private void pairWithin(RelationContext ctx, Sentence s, List<Party> list) {
		if (list.size() != 2) {
			return;
		}
		String text = ctx.text();
		Party a = list.get(0);
		Party b = list.get(1);
		// A province before the second member (甲市和广西乙县签订协议) names where it lies, not a third party.
		String gap = this.parties.withoutProvinces(Compact.of(text.substring(a.end(), b.start())));
		String after = Compact.of(text.substring(b.end(), Math.min(s.end(), b.end() + 6)));
		if (gap.equals("和") || gap.equals("、") && AFTER_LIST.matcher(after).matches()) {
			pairParties(ctx, s, a, b);
		}
	}

	private void pairParties(RelationContext ctx, Sentence s, Party a, Party b) {
		pairParties(ctx, s, a.head(), b.head());
	}

	private static void pair(RelationContext ctx, String a, String b, Sentence s) {
		if (a.equals(b)) {
			return;
		}
		ctx.add(RelationType.PAIRS_WITH, a, b, null, ctx.evidence(s), "pairing");
		EntityType ta = ctx.typeOf(a);
		if ((ta == EntityType.CITY || ta == EntityType.COUNTY) && ctx.typeOf(b) == ta) {
			ctx.setMainPair(a, b);
		}
	}

	/**
	 * 甲区赴乙县东西部协作工作组, 甲市驻乙州工作队, 甲市对口支援乙县前方指挥部: a work team named by the place that sends it
	 * and the place it works in states that the two pair, wherever the team is named (a job title included).
	 */
	private void workTeams(RelationContext ctx, Sentence s) {
		String text = ctx.text();
		for (Mention team : ctx.all(s)) {
			if (team.type() != EntityType.DEPARTMENT || !workTeam(team.canonical())) {
				continue;
			}
			Mention previous = null;
			for (Mention m : ctx.index().mentionsIn(team.start(), team.end())) {
				if (m == team || m.type() != EntityType.CITY && m.type() != EntityType.COUNTY) {
					continue;
				}
				if (previous != null && m.start() >= previous.end()) {
					String link = this.parties.withoutProvince(Compact.of(text.substring(previous.end(), m.start())));
					if (TEAM_LINKS.contains(link) || this.words.is(RelationWords.Kind.PAIRING_VERB, link)
							&& link.matches("[\\p{IsHan}]+")) {
						pairParties(ctx, s, previous, m);
					}
				}
				if (previous == null || m.start() >= previous.end()) {
					previous = m;
				}
			}
		}
	}

	/** Whether a body's name is a work team's: something before one of the endings. */
	private static boolean workTeam(String name) {
		for (String ending : WORK_TEAM_ENDINGS) {
			if (name.length() > ending.length() && name.endsWith(ending)) {
				return true;
			}
		}
		return false;
	}

	private void pairParties(RelationContext ctx, Sentence s, Mention a, Mention b) {
		if (compatible(a, b) && !this.parties.within(a, b) && !this.parties.within(b, a)) {
			pair(ctx, a.canonical(), b.canonical(), s);
		}
	}

	/** 与B结对: the subject left out is the row's unit in an activity table, else the document's home place. */
	private void withoutSubject(RelationContext ctx, Sentence s, List<Mention> ms) {
		String text = ctx.text();
		for (int p = indexIn(text, "与", s.start(), s.end()); p >= 0; p = indexIn(text, "与", p + 1, s.end())) {
			int at = p;
			Mention before = ms.stream().filter((m) -> m.end() <= at).reduce((x, y) -> y).orElse(null);
			if (before != null && text.substring(before.end(), at).isBlank()) {
				continue;
			}
			List<Mention> chain = new ArrayList<>();
			int pos = p + 1;
			for (Mention m : ms) {
				if (m.start() == pos || m.start() > pos && text.substring(pos, m.start()).isBlank()) {
					chain.add(m);
					pos = m.end();
				}
			}
			if (chain.isEmpty() || !this.words.any(RelationWords.Kind.PAIRING, text.substring(pos, s.end()))) {
				continue;
			}
			String subject = subjectFor(ctx, p);
			if (subject == null) {
				continue;
			}
			EntityType st = ctx.typeOf(subject);
			Mention target = chain.stream().filter((m) -> m.type() == st).findFirst().orElse(null);
			if (target == null && (st == EntityType.CITY || st == EntityType.COUNTY)) {
				target = chain.stream()
					.filter((m) -> m.type() == EntityType.ORGANIZATION || m.type() == EntityType.CITY
							|| m.type() == EntityType.COUNTY)
					.reduce((x, y) -> y)
					.orElse(null);
			}
			if (target != null) {
				pair(ctx, subject, target.canonical(), s);
			}
		}
	}

	private static String subjectFor(RelationContext ctx, int at) {
		ExtractedTask task = ctx.taskAt(at);
		if (task == null) {
			Sentence s = ctx.sentenceAt(at);
			task = s == null ? null : ctx.taskAt(s.end() - 1);
		}
		if (task != null && task.id().startsWith("A.") && task.responsible().size() == 1) {
			String unit = task.responsible().get(0);
			EntityType t = ctx.typeOf(unit);
			if (t == EntityType.TOWN || t == EntityType.VILLAGE || t == EntityType.COUNTY) {
				return unit;
			}
		}
		var home = ctx.extraction().context().home();
		return home == null ? null : home.name();
	}

	/** X、Y、Z分别对口P、Q、R pairs in order; otherwise the first of each side. */
	private void respectively(RelationContext ctx, Sentence s, List<Mention> ms) {
		String text = ctx.text();
		int p = indexIn(text, "分别", s.start(), s.end());
		if (p < 0 || !this.words.any(RelationWords.Kind.PAIRING, text.substring(p, Math.min(s.end(), p + 8)))) {
			return;
		}
		int clause = p;
		while (clause > s.start() && CLAUSE_BREAK.indexOf(text.charAt(clause - 1)) < 0) {
			clause--;
		}
		int clauseEnd = p;
		while (clauseEnd < s.end() && CLAUSE_BREAK.indexOf(text.charAt(clauseEnd)) < 0) {
			clauseEnd++;
		}
		int from = clause;
		int to = clauseEnd;
		List<Mention> before = ms.stream().filter((m) -> m.start() >= from && m.end() <= p).toList();
		List<Mention> after = ms.stream().filter((m) -> m.start() > p && m.end() <= to).toList();
		if (before.isEmpty() || after.isEmpty()) {
			return;
		}
		if (before.size() == after.size() && before.size() > 1) {
			for (int i = 0; i < before.size(); i++) {
				if (compatible(before.get(i), after.get(i))) {
					pair(ctx, before.get(i).canonical(), after.get(i).canonical(), s);
				}
			}
			return;
		}
		Mention first = before.get(0);
		after.stream().filter((m) -> m.type() == first.type()).findFirst().ifPresent((m) -> pair(ctx, first.canonical(), m.canonical(), s));
	}

	/** Like {@link String#indexOf(String, int)} but never looks past {@code to}, keeping sentence scans linear. */
	static int indexIn(String text, String needle, int from, int to) {
		for (int i = Math.max(0, from); i + needle.length() <= to; i++) {
			if (text.startsWith(needle, i)) {
				return i;
			}
		}
		return -1;
	}

	private boolean mentionsPairing(String sentence) {
		return this.words.any(RelationWords.Kind.PAIRING, sentence);
	}

	private static boolean pairable(Mention m) {
		return isPlace(m) || m.type() == EntityType.ORGANIZATION || m.type() == EntityType.PARK;
	}

	private static boolean isPlace(Mention m) {
		return m.type() == EntityType.CITY || m.type() == EntityType.COUNTY || m.type() == EntityType.TOWN
				|| m.type() == EntityType.VILLAGE;
	}

	private static boolean compatible(Mention a, Mention b) {
		if (a.canonical().equals(b.canonical())) {
			return false;
		}
		EntityType x = a.type();
		EntityType y = b.type();
		// Places of any level pair when the text joins them (甲区与乙镇丙村签订帮扶协议).
		boolean upper = isPlace(a) && isPlace(b);
		// A development zone may stand beside a district as a helping party (甲市乙区、丙港务区帮扶丁县).
		boolean zone = x == EntityType.PARK && (y == EntityType.CITY || y == EntityType.COUNTY)
				|| y == EntityType.PARK && (x == EntityType.CITY || x == EntityType.COUNTY);
		return upper || zone || x == y;
	}

}
