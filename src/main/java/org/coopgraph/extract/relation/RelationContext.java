package org.coopgraph.extract.relation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.coopgraph.extract.EntityIndex;
import org.coopgraph.extract.Extraction;
import org.coopgraph.extract.Mention;
import org.coopgraph.extract.gazetteer.Division;
import org.coopgraph.extract.model.EntityType;
import org.coopgraph.extract.model.Evidence;
import org.coopgraph.extract.model.ExtractedEntity;
import org.coopgraph.extract.model.ExtractedRelation;
import org.coopgraph.extract.model.ExtractedTask;
import org.coopgraph.extract.model.RelationType;

/**
 * What relation rules share while reading one document: its sentences, resolved mentions, the main pair of partners
 * (helper first), and the relations found so far (deduplicated; PAIRS_WITH symmetric). Not thread-safe: one per
 * document.
 */
public final class RelationContext {

	private final Extraction extraction;

	private final List<Sentence> sentences;

	private final Map<String, ExtractedEntity> addedEntities = new LinkedHashMap<>();

	private final Map<String, ExtractedRelation> relations = new LinkedHashMap<>();

	/** Keys (type, from, to) of the relations that carry an amount. */
	private final Set<String> fundedPairs = new HashSet<>();

	private String helper;

	private String helped;

	private final TreeMap<Integer, ExtractedTask> tasksByStart = new TreeMap<>();

	/**
	 * Each sentence's mentions, nested ones included, and those not inside a longer one, by the sentence's index:
	 * found once in one sweep, where every rule would otherwise search the index for every sentence it reads.
	 */
	private final List<List<Mention>> allBySentence;

	private final List<List<Mention>> topLevelBySentence;

	public RelationContext(Extraction extraction) {
		this.extraction = extraction;
		this.sentences = Sentence.split(extraction.text());
		for (ExtractedTask t : extraction.tasks()) {
			this.tasksByStart.putIfAbsent(t.evidence().start(), t);
		}
		this.allBySentence = mentionsBySentence(this.sentences, extraction.index().mentions());
		this.topLevelBySentence = this.allBySentence.stream().map(RelationContext::outermost).toList();
	}

	/**
	 * The mentions lying inside each sentence, as {@link EntityIndex#mentionsIn} finds them, in one sweep over both
	 * lists (sentences and mentions are in text order, sentences do not overlap).
	 */
	private static List<List<Mention>> mentionsBySentence(List<Sentence> sentences, List<Mention> mentions) {
		List<List<Mention>> out = new ArrayList<>(sentences.size());
		int first = 0;
		for (Sentence s : sentences) {
			while (first < mentions.size() && mentions.get(first).start() < s.start()) {
				first++;
			}
			List<Mention> in = new ArrayList<>();
			for (int i = first; i < mentions.size() && mentions.get(i).start() < s.end(); i++) {
				if (mentions.get(i).end() <= s.end()) {
					in.add(mentions.get(i));
				}
			}
			out.add(List.copyOf(in));
		}
		return out;
	}

	/** The mentions of {@code all} (in text order) that are not inside a longer one. */
	private static List<Mention> outermost(List<Mention> all) {
		List<Mention> out = new ArrayList<>();
		Mention last = null;
		for (Mention m : all) {
			if (last != null && m.start() < last.end()) {
				continue;
			}
			out.add(m);
			last = m;
		}
		return List.copyOf(out);
	}

	public Extraction extraction() {
		return this.extraction;
	}

	public String text() {
		return this.extraction.text().text();
	}

	public List<Sentence> sentences() {
		return this.sentences;
	}

	public EntityIndex index() {
		return this.extraction.index();
	}

	/** Mentions in the sentence that are not inside a longer mention, in text order; unmodifiable. */
	public List<Mention> topLevel(Sentence s) {
		int i = indexOf(s);
		return (i >= 0) ? this.topLevelBySentence.get(i) : outermost(all(s));
	}

	/** All mentions in the sentence, nested ones included; unmodifiable. */
	public List<Mention> all(Sentence s) {
		int i = indexOf(s);
		return (i >= 0) ? this.allBySentence.get(i) : List.copyOf(index().mentionsIn(s.start(), s.end()));
	}

	/** The index of {@code s} among this document's sentences, or -1 for a span that is none of them. */
	private int indexOf(Sentence s) {
		int i = s.index();
		return i >= 0 && i < this.sentences.size() && this.sentences.get(i) == s ? i : -1;
	}

	public Evidence evidence(Sentence s) {
		return new Evidence(s.text(), s.start(), s.end());
	}

	/** The sentence containing offset {@code at}, or {@code null}. */
	public Sentence sentenceAt(int at) {
		int lo = 0;
		int hi = this.sentences.size() - 1;
		while (lo <= hi) {
			int mid = (lo + hi) >>> 1;
			Sentence s = this.sentences.get(mid);
			if (at < s.start()) {
				hi = mid - 1;
			}
			else if (at >= s.end()) {
				lo = mid + 1;
			}
			else {
				return s;
			}
		}
		return null;
	}

	/** The task whose text span contains {@code at}, or {@code null}. */
	public ExtractedTask taskAt(int at) {
		var e = this.tasksByStart.floorEntry(at);
		return e != null && at < e.getValue().evidence().end() ? e.getValue() : null;
	}

	/**
	 * The task row that holds {@code at}: the last task that starts at or before it, even when {@code at} lies in a
	 * later cell of the row (a table's progress columns), as long as no other task starts in between.
	 */
	public ExtractedTask rowAt(int at) {
		var e = this.tasksByStart.floorEntry(at);
		return e == null ? null : e.getValue();
	}

	public EntityType typeOf(String name) {
		ExtractedEntity e = this.extraction.index().get(name);
		if (e == null) {
			e = this.addedEntities.get(name);
		}
		return e == null ? null : e.type();
	}

	/** The canonical name of a division, adding it as an entity when the document only implied it. */
	public String ensurePlace(Division d, String alias) {
		if (this.extraction.index().get(d.name()) == null && !this.addedEntities.containsKey(d.name())) {
			this.addedEntities.put(d.name(),
					new ExtractedEntity(d.name(), d.entityType(), alias == null || alias.equals(d.name()) ? List.of() : List.of(alias)));
		}
		return d.name();
	}

	public void setMainPair(String helper, String helped) {
		if (this.helper == null) {
			this.helper = helper;
			this.helped = helped;
		}
	}

	public String helper() {
		return this.helper;
	}

	public String helped() {
		return this.helped;
	}

	public void add(RelationType type, String from, String to, Long amount, Evidence evidence, String rule) {
		if (from == null || to == null || from.equals(to)) {
			return;
		}
		String key = type == RelationType.PAIRS_WITH && from.compareTo(to) > 0 ? type + "|" + to + "|" + from
				: type + "|" + from + "|" + to;
		// Each amount between the same pair is a fact of its own; a fact without amount only stands for the pair when
		// no amount is known.
		String amountKey = key + "|" + amount;
		if (amount == null && this.fundedPairs.contains(key) || this.relations.containsKey(amountKey)) {
			return;
		}
		if (amount != null) {
			this.relations.remove(key + "|null");
			this.fundedPairs.add(key);
		}
		this.relations.put(amountKey, new ExtractedRelation(type, from, to, amount, evidence, rule));
	}

	/** Whether a siting statement already placed {@code name} (甲项目落户乙园区), which its name's places then do not. */
	public boolean sited(String name) {
		return this.relations.values()
			.stream()
			.anyMatch((r) -> r.type() == RelationType.LOCATED_IN && r.from().equals(name) && r.rule().equals(SitingRule.RULE));
	}

	public List<ExtractedRelation> relations() {
		return new ArrayList<>(this.relations.values());
	}

	public List<ExtractedEntity> entities() {
		List<ExtractedEntity> all = new ArrayList<>(this.extraction.entities());
		all.addAll(this.addedEntities.values());
		return all;
	}

	/**
	 * Every entity's name: the extraction's, then those added here (never the same, see {@link #ensurePlace}). A view, not
	 * a copy: rules look names up once per mention.
	 */
	public Iterable<String> names() {
		return () -> Stream.concat(this.extraction.index().byName().keySet().stream(),
				this.addedEntities.keySet().stream())
			.iterator();
	}

}
