package org.coopgraph.extract.stage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.coopgraph.extract.DocumentContext;
import org.coopgraph.extract.Extraction;
import org.coopgraph.extract.Mention;
import org.coopgraph.extract.Slot;
import org.coopgraph.extract.Stage;
import org.coopgraph.extract.gazetteer.Division;
import org.coopgraph.extract.gazetteer.DivisionGazetteer;
import org.coopgraph.extract.text.SentenceBounds;

/**
 * Decides which division a place name means when several divisions of its level share it (鼓楼区 in 南京, 徐州, 福州
 * and 开封; 88 towns named 城关镇; villages of one name in two counties the document names). The evidence, strongest first: the enclosing place written right before the name
 * (徐州市鼓楼区, 江苏省南京市鼓楼区), then an enclosing place or a sibling named in the same sentence, then in the same
 * line, then the document's issuing place, then the places named anywhere in the document. The first of these that
 * supports exactly one candidate decides; one that supports several narrows the choice for the next. When none decides,
 * the mention keeps no division and lists the candidates left: never a silent guess. Thread-safe.
 */
public final class PlaceDisambiguationStage implements Stage {

	private final DivisionGazetteer gazetteer;

	public PlaceDisambiguationStage(DivisionGazetteer gazetteer) {
		this.gazetteer = gazetteer;
	}

	@Override
	public Extraction apply(Extraction in) {
		List<Mention> places = in.places();
		List<Mention> out = null;
		Evidence evidence = null;
		for (int i = 0; i < places.size(); i++) {
			Mention m = places.get(i);
			List<Division> shared = sharing(m);
			if (shared.size() < 2) {
				continue;
			}
			if (evidence == null) {
				evidence = new Evidence(in, this.gazetteer);
				out = new ArrayList<>(places);
			}
			List<Division> left = evidence.narrow(m, shared);
			Division decided = (left.size() == 1) ? left.get(0) : null;
			out.set(i, new Mention(m.surface(), m.start(), m.end(), m.type(), m.canonical(), decided, m.source(),
					(decided != null) ? List.of() : left));
		}
		return (out == null) ? in : in.withPlaces(List.copyOf(out));
	}

	/** The divisions of the mention's level that bear its name: two or more when the name is shared. */
	private List<Division> sharing(Mention m) {
		if (m.division() == null) {
			return m.candidates();
		}
		Division d = m.division();
		if (d.level() == Division.Level.VILLAGE) {
			// A village read with a division is the only one of its name in the counties the document names;
			// namesakes there arrive undecided, with their candidates.
			return List.of(d);
		}
		return this.gazetteer.namesakes(d);
	}

	/** What the document says around its place names, gathered once per section that has a shared name. */
	private static final class Evidence {

		private final String text;

		private final DivisionGazetteer gazetteer;

		private final DocumentContext context;

		/**
		 * Places whose names are their own (no other division of their level shares them), as the text decided them,
		 * and villages, which the text decided among the counties it names.
		 */
		private final List<Mention> unshared = new ArrayList<>();

		/** Codes of those places and of the provinces the text names. */
		private final Set<String> namedInDocument = new HashSet<>();

		Evidence(Extraction in, DivisionGazetteer gazetteer) {
			this.text = in.text().text();
			this.gazetteer = gazetteer;
			this.context = in.context();
			for (Mention m : in.places()) {
				Division d = m.division();
				boolean decidedVillage = d != null && d.level() == Division.Level.VILLAGE;
				if (d != null && (decidedVillage || gazetteer.namesakes(d).size() <= 1)) {
					this.unshared.add(m);
					this.namedInDocument.add(d.code());
				}
			}
			for (Division province : gazetteer.provinces()) {
				if (this.text.contains(province.name()) || this.text.contains(province.bareName())) {
					this.namedInDocument.add(province.code());
				}
			}
		}

		List<Division> narrow(Mention m, List<Division> candidates) {
			List<Division> left = candidates;
			int sentenceStart = SentenceBounds.start(this.text, m.start());
			int sentenceEnd = SentenceBounds.end(this.text, m.end());
			int lineStart = this.text.lastIndexOf('\n', m.start() - 1) + 1;
			int lineBreak = this.text.indexOf('\n', m.end());
			int lineEnd = (lineBreak < 0) ? this.text.length() : lineBreak;
			List<Predicate<Division>> tiers = List.of(
					(c) -> writtenRightBefore(m, c),
					(c) -> namedAround(m, c, sentenceStart, sentenceEnd),
					(c) -> namedAround(m, c, lineStart, lineEnd),
					(c) -> inIssuingPlace(c, this.context.home()),
					(c) -> inIssuingPlace(c, this.context.homeCity()),
					(c) -> this.gazetteer.ancestors(c).stream().anyMatch((a) -> this.namedInDocument.contains(a.code())));
			for (Predicate<Division> tier : tiers) {
				List<Division> supported = left.stream().filter(tier).toList();
				if (!supported.isEmpty()) {
					left = supported;
				}
				if (left.size() == 1) {
					break;
				}
			}
			return left;
		}

		/** 徐州市鼓楼区, 徐州鼓楼区, 江苏省南京市鼓楼区: an enclosing division's full or bare name ends where the mention starts. */
		private boolean writtenRightBefore(Mention m, Division candidate) {
			for (Division a : this.gazetteer.ancestors(candidate)) {
				if (endsAt(a.name(), m.start()) || a.bareName().length() >= 2 && endsAt(a.bareName(), m.start())) {
					return true;
				}
			}
			return false;
		}

		private boolean endsAt(String name, int at) {
			return at >= name.length() && this.text.startsWith(name, at - name.length());
		}

		/** An enclosing division written in {@code [from, to)} outside the mention, or a sibling place found there. */
		private boolean namedAround(Mention m, Division candidate, int from, int to) {
			for (Division a : this.gazetteer.ancestors(candidate)) {
				if (occursOutside(a.name(), m, from, to) || a.bareName().length() >= 2 && occursOutside(a.bareName(), m, from, to)) {
					return true;
				}
			}
			for (Mention other : this.unshared) {
				if (other.start() >= from && other.end() <= to && other.division().level() == candidate.level()
						&& other.division().parentCode().equals(candidate.parentCode())) {
					return true;
				}
			}
			return false;
		}

		private boolean occursOutside(String name, Mention m, int from, int to) {
			for (int at = this.text.indexOf(name, from); at >= 0 && at + name.length() <= to; at = this.text.indexOf(name, at + 1)) {
				if (at + name.length() <= m.start() || at >= m.end()) {
					return true;
				}
			}
			return false;
		}

		/**
		 * Whether {@code home} (the issuer's place, or then its city: a county's village before a neighbour county's)
		 * encloses the candidate.
		 */
		private boolean inIssuingPlace(Division candidate, Division home) {
			Division issuing = this.context.home();
			if (issuing == null || this.context.issuer().isEmpty() || this.gazetteer.namesakes(issuing).size() > 1) {
				// Without an issuer line the home place is only the place named most; one whose own name is shared
				// was itself a guess.
				return false;
			}
			return home != null && home.level().ordinal() < candidate.level().ordinal()
					&& this.gazetteer.contains(home, candidate);
		}

	}

	@Override
	public Set<Slot> requires() {
		return Set.of(Slot.TEXT, Slot.PLACES, Slot.CONTEXT);
	}

	@Override
	public Set<Slot> provides() {
		return Set.of(Slot.PLACES);
	}

}
