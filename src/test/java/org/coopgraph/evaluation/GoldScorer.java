package org.coopgraph.evaluation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.coopgraph.evaluation.GoldDocument.Entity;
import org.coopgraph.evaluation.GoldDocument.Relation;
import org.coopgraph.evaluation.GoldDocument.Task;

/**
 * The metric of the project's {@code score.py}, ported so that the test suite needs no Python and no files outside
 * the repository. It must give the same figures as {@code score.py}; {@code GoldScorerTests} holds reports that
 * {@code score.py} printed for fixtures built to exercise each of its rules.
 * <p>
 * Entities match when a predicted name or alias equals the gold name or one of its aliases (after NFKC and removal
 * of whitespace and quotes); a matched entity of another type counts as a type error. Relations match on type and
 * endpoints resolved the same way; PAIRS_WITH is symmetric; a gold amount must be met within 1%. Tasks align by id
 * or by the start of their text; responsible, lead and deadline are scored on aligned tasks. RESPONSIBLE_FOR, LEADS
 * and CO_RESPONSIBLE are scored through the tasks, not the relation list.
 */
public final class GoldScorer {

	private static final Set<String> TASK_RELATIONS = Set.of("RESPONSIBLE_FOR", "LEADS", "CO_RESPONSIBLE");

	private static final String DROPPED = "“”\"'‘’《》";

	private GoldScorer() {
	}

	/** Scores every gold document against the prediction of the same stem; a missing prediction scores as empty. */
	public static Scorecard score(Map<String, GoldDocument> gold, Map<String, GoldDocument> predicted) {
		Scorecard card = new Scorecard();
		for (Map.Entry<String, GoldDocument> entry : gold.entrySet()) {
			GoldDocument prediction = predicted.get(entry.getKey());
			if (prediction == null) {
				card.missing(entry.getKey());
				prediction = new GoldDocument(entry.getKey(), List.of(), List.of(), List.of());
			}
			scoreDocument(entry.getValue(), prediction, card);
		}
		return card;
	}

	static String norm(String s) {
		String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
		StringBuilder out = new StringBuilder(n.length());
		n.codePoints()
			.filter((c) -> !isSpace(c) && DROPPED.indexOf(c) < 0)
			.forEach(out::appendCodePoint);
		return out.toString();
	}

	/** Python's {@code str.isspace}: Java's whitespace, the Unicode space separators and NEL. */
	private static boolean isSpace(int c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x85;
	}

	private static void scoreDocument(GoldDocument gold, GoldDocument pred, Scorecard card) {
		Map<String, Integer> goldIndex = entityIndex(gold.entities());
		Map<String, Integer> predIndex = entityIndex(pred.entities());
		scoreEntities(gold.entities(), pred.entities(), goldIndex, card);
		scoreRelations(gold, pred, goldIndex, predIndex, card);
		scoreTasks(gold, pred, goldIndex, predIndex, card);
	}

	private static void scoreEntities(List<Entity> gold, List<Entity> pred, Map<String, Integer> goldIndex,
			Scorecard card) {
		Set<Integer> matched = new HashSet<>();
		for (Entity e : pred) {
			Integer hit = null;
			for (String n : e.names()) {
				Integer j = goldIndex.get(norm(n));
				if (j != null && !matched.contains(j)) {
					hit = j;
					break;
				}
			}
			String kind = "entity:" + e.type();
			if (hit == null) {
				card.add("entities", 0, 1, 0);
				card.add(kind, 0, 1, 0);
				continue;
			}
			matched.add(hit);
			if (gold.get(hit).type().equals(e.type())) {
				card.add("entities", 1, 0, 0);
				card.add(kind, 1, 0, 0);
			}
			else {
				card.typeError();
				card.add("entities", 0, 1, 1);
				card.add(kind, 0, 1, 0);
				card.add("entity:" + gold.get(hit).type(), 0, 0, 1);
			}
		}
		for (int j = 0; j < gold.size(); j++) {
			if (!matched.contains(j)) {
				card.add("entities", 0, 0, 1);
				card.add("entity:" + gold.get(j).type(), 0, 0, 1);
			}
		}
	}

	private record RelationKey(String type, String from, String to, Double amount) {

	}

	private static void scoreRelations(GoldDocument gold, GoldDocument pred, Map<String, Integer> goldIndex,
			Map<String, Integer> predIndex, Scorecard card) {
		List<RelationKey> goldKeys = relationKeys(gold.relations(), gold.entities(), goldIndex, goldIndex);
		List<RelationKey> predKeys = relationKeys(pred.relations(), pred.entities(), predIndex, goldIndex);
		Set<Integer> used = new HashSet<>();
		for (RelationKey p : predKeys) {
			Integer hit = null;
			for (int k = 0; k < goldKeys.size(); k++) {
				RelationKey g = goldKeys.get(k);
				if (used.contains(k) || !g.type().equals(p.type()) || !g.from().equals(p.from())
						|| !g.to().equals(p.to())) {
					continue;
				}
				if (g.amount() != null && g.amount() != 0
						&& (p.amount() == null || Math.abs(p.amount() - g.amount()) > 0.01 * Math.abs(g.amount()))) {
					continue;
				}
				hit = k;
				break;
			}
			if (hit == null) {
				card.add("relation:" + p.type(), 0, 1, 0);
				card.add("relations", 0, 1, 0);
			}
			else {
				used.add(hit);
				card.add("relation:" + p.type(), 1, 0, 0);
				card.add("relations", 1, 0, 0);
			}
		}
		for (int k = 0; k < goldKeys.size(); k++) {
			if (!used.contains(k)) {
				card.add("relation:" + goldKeys.get(k).type(), 0, 0, 1);
				card.add("relations", 0, 0, 1);
			}
		}
	}

	private static List<RelationKey> relationKeys(List<Relation> relations, List<Entity> own,
			Map<String, Integer> ownIndex, Map<String, Integer> goldIndex) {
		List<RelationKey> keys = new ArrayList<>();
		for (Relation r : relations) {
			if (TASK_RELATIONS.contains(r.type())) {
				continue;
			}
			String a = resolve(r.from(), own, ownIndex, goldIndex);
			String b = resolve(r.to(), own, ownIndex, goldIndex);
			if (r.type().equals("PAIRS_WITH") && a.compareTo(b) > 0) {
				String swap = a;
				a = b;
				b = swap;
			}
			keys.add(new RelationKey(r.type(), a, b, r.amountCny()));
		}
		return keys;
	}

	private static void scoreTasks(GoldDocument gold, GoldDocument pred, Map<String, Integer> goldIndex,
			Map<String, Integer> predIndex, Scorecard card) {
		List<Task> goldTasks = gold.tasks();
		List<Task> predTasks = pred.tasks();
		Map<Integer, Integer> pairs = alignTasks(goldTasks, predTasks);
		card.add("tasks", pairs.size(), predTasks.size() - pairs.size(), goldTasks.size() - pairs.size());
		for (int g = 0; g < goldTasks.size(); g++) {
			Task goldTask = goldTasks.get(g);
			Task predTask = pairs.containsKey(g) ? predTasks.get(pairs.get(g)) : null;
			scoreUnits("responsible", goldTask.responsible(), (predTask != null) ? predTask.responsible() : List.of(),
					gold, pred, goldIndex, predIndex, card);
			scoreUnits("lead", goldTask.lead(), (predTask != null) ? predTask.lead() : List.of(), gold, pred,
					goldIndex, predIndex, card);
			if (!goldTask.deadline().isEmpty()) {
				boolean paired = predTask != null;
				boolean ok = paired && norm(goldTask.deadline()).equals(norm(predTask.deadline()));
				card.add("deadline", ok ? 1 : 0, (ok || !paired) ? 0 : 1, ok ? 0 : 1);
			}
		}
		for (int p = 0; p < predTasks.size(); p++) {
			if (!pairs.containsValue(p)) {
				card.add("responsible", 0, new HashSet<>(predTasks.get(p).responsible()).size(), 0);
			}
		}
	}

	private static void scoreUnits(String bucket, List<String> goldUnits, List<String> predUnits, GoldDocument gold,
			GoldDocument pred, Map<String, Integer> goldIndex, Map<String, Integer> predIndex, Scorecard card) {
		Set<String> gs = new HashSet<>();
		goldUnits.forEach((n) -> gs.add(resolve(n, gold.entities(), goldIndex, goldIndex)));
		Set<String> ps = new HashSet<>();
		predUnits.forEach((n) -> ps.add(resolve(n, pred.entities(), predIndex, goldIndex)));
		Set<String> both = new HashSet<>(gs);
		both.retainAll(ps);
		card.add(bucket, both.size(), ps.size() - both.size(), gs.size() - both.size());
	}

	/** Name or alias to the index of the first entity that owns it. */
	private static Map<String, Integer> entityIndex(List<Entity> entities) {
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < entities.size(); i++) {
			for (String n : entities.get(i).names()) {
				String key = norm(n);
				if (!key.isEmpty()) {
					index.putIfAbsent(key, i);
				}
			}
		}
		return index;
	}

	/**
	 * An endpoint as a gold entity ({@code #index}) reached directly or through the side's own aliases, or the name
	 * itself ({@code ?name}) when no gold entity has it.
	 */
	private static String resolve(String name, List<Entity> own, Map<String, Integer> ownIndex,
			Map<String, Integer> goldIndex) {
		String n = norm(name);
		if (goldIndex.containsKey(n)) {
			return "#" + goldIndex.get(n);
		}
		if (ownIndex.containsKey(n)) {
			for (String a : own.get(ownIndex.get(n)).names()) {
				if (goldIndex.containsKey(norm(a))) {
					return "#" + goldIndex.get(norm(a));
				}
			}
		}
		return "?" + n;
	}

	/** Each gold task's aligned predicted task, by the start of the text (preferring the same id) or by id. */
	private static Map<Integer, Integer> alignTasks(List<Task> goldTasks, List<Task> predTasks) {
		Map<Integer, Integer> pairs = new LinkedHashMap<>();
		Set<Integer> used = new HashSet<>();
		for (int g = 0; g < goldTasks.size(); g++) {
			String gid = norm(goldTasks.get(g).id());
			String gtext = prefix(norm(goldTasks.get(g).text()), 12);
			Integer best = null;
			for (int p = 0; p < predTasks.size(); p++) {
				if (used.contains(p)) {
					continue;
				}
				String ptext = norm(predTasks.get(p).text());
				String pid = norm(predTasks.get(p).id());
				if (!gtext.isEmpty() && prefix(ptext, 40).contains(prefix(gtext, 8))
						&& (gid.isEmpty() || pid.equals(gid) || best == null)) {
					best = p;
					if (pid.equals(gid)) {
						break;
					}
				}
			}
			if (best == null && !gid.isEmpty()) {
				for (int p = 0; p < predTasks.size(); p++) {
					if (!used.contains(p) && norm(predTasks.get(p).id()).equals(gid)
							&& norm(predTasks.get(p).text()).contains(prefix(gtext, 4))) {
						best = p;
						break;
					}
				}
			}
			if (best != null) {
				used.add(best);
				pairs.put(g, best);
			}
		}
		return pairs;
	}

	/** The first {@code n} code points, as a Python slice counts them. */
	private static String prefix(String s, int n) {
		int count = s.codePointCount(0, s.length());
		return (count <= n) ? s : s.substring(0, s.offsetByCodePoints(0, n));
	}

}
