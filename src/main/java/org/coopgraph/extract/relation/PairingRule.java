package org.coopgraph.extract.relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.coopgraph.extract.Mention;
import org.coopgraph.extract.model.EntityType;
import org.coopgraph.extract.model.ExtractedTask;
import org.coopgraph.extract.model.RelationType;
import org.coopgraph.extract.text.Compact;

/**
 * PAIRS_WITH from pairing statements: A与B结对, A和B…帮扶, A-B对口协作, adjacent partners (无锡连云港南北结对), A帮扶B,
 * A、B两市结对, lists (X、Y分别对口P、Q), and 与B结对 whose subject is the document's place or the row's unit. The first
 * pair of places found is the document's main pair, helper first.
 */
public final class PairingRule implements RelationRule {

	private static final Pattern VERB = Pattern.compile("结对|对口|挂钩|协作|帮扶|对接|支援");

	/** The same words as plain substring tests, for the check run on every sentence. */
	private static final List<String> VERBS = List.of("结对", "对口", "挂钩", "协作", "帮扶", "对接", "支援");

	private static final Set<String> JOINERS = Set.of("与", "和", "同", "-", "—", "－", "–", "——", "~", "↔", "⇄", "<->", "对口",
			"结对");

	private static final Set<String> HELPING = Set.of("帮扶", "对口帮扶", "结对帮扶", "对口支援", "支援", "携手");

	private static final Pattern AFTER_ADJACENT = Pattern.compile("^(南北|东西|结对|对口|帮扶|协作|两地|两市|携手).*");

	private static final Pattern AFTER_LIST = Pattern.compile("^(两市|两地|两县|两区|两镇|之间).*");

	private static final String CLAUSE_BREAK = "，,；;：:。";

	@Override
	public void apply(RelationContext ctx) {
		String text = ctx.text();
		for (Sentence s : ctx.sentences()) {
			if (!mentionsPairing(s.text())) {
				continue;
			}
			List<Mention> ms = ctx.topLevel(s).stream().filter(PairingRule::pairable).toList();
			for (int i = 0; i + 1 < ms.size(); i++) {
				Mention a = ms.get(i);
				Mention b = ms.get(i + 1);
				String gap = Compact.of(text.substring(a.end(), b.start()));
				String after = Compact.of(text.substring(b.end(), Math.min(s.end(), b.end() + 6)));
				boolean joined = JOINERS.contains(gap) || HELPING.contains(gap)
						|| gap.isEmpty() && isPlace(a) && isPlace(b) && AFTER_ADJACENT.matcher(after).matches()
						|| gap.equals("、") && AFTER_LIST.matcher(after).matches();
				if (joined && compatible(a, b)) {
					pair(ctx, a.canonical(), b.canonical(), s);
				}
			}
			withoutSubject(ctx, s, ms);
			respectively(ctx, s, ms);
		}
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

	/** 与B结对: the subject left out is the row's unit in an activity table, else the document's home place. */
	private static void withoutSubject(RelationContext ctx, Sentence s, List<Mention> ms) {
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
			if (chain.isEmpty() || !VERB.matcher(text.substring(pos, s.end())).find()) {
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
	private static void respectively(RelationContext ctx, Sentence s, List<Mention> ms) {
		String text = ctx.text();
		int p = indexIn(text, "分别", s.start(), s.end());
		if (p < 0 || !VERB.matcher(text.substring(p, Math.min(s.end(), p + 8))).find()) {
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

	private static boolean mentionsPairing(String sentence) {
		for (String verb : VERBS) {
			if (sentence.contains(verb)) {
				return true;
			}
		}
		return false;
	}

	private static boolean pairable(Mention m) {
		return isPlace(m) || m.type() == EntityType.ORGANIZATION;
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
		boolean upper = (x == EntityType.CITY || x == EntityType.COUNTY) && (y == EntityType.CITY || y == EntityType.COUNTY);
		return upper || x == y;
	}

}
