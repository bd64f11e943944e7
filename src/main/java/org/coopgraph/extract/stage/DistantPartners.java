package org.coopgraph.extract.stage;

import java.util.ArrayList;
import java.util.List;

import org.coopgraph.extract.gazetteer.Division;
import org.coopgraph.extract.hanlp.CoreWords;
import org.coopgraph.extract.relation.RelationWords;
import org.coopgraph.extract.relation.RelationWords.Kind;
import org.coopgraph.extract.text.Compact;
import org.coopgraph.extract.text.Han;

/**
 * Finds the places that a document names only by their bare names because they are far away: partners of a pairing in
 * another province (福州与定西…协作, 海盐—景宁山海协作, 大连帮扶六盘水). Out of focus, a bare name is too often an
 * ordinary word to be believed alone; joined to another place by a partner word, a list joiner or a pairing verb, in
 * a sentence that states a pairing, it names the partner. Thread-safe.
 */
final class DistantPartners {

	/** Characters that end a sentence: the pairing word must be in the same one. */
	private static final String SENTENCE_END = "。！？；!?;";

	private final RelationWords words;

	private final CoreWords lexicon;

	DistantPartners(RelationWords words, CoreWords lexicon) {
		this.words = words;
		this.lexicon = lexicon;
	}

	/**
	 * A place found in the text, in text order: {@code only} is the one city or county a bare name can mean when no
	 * place in focus decides it (else {@code null}); {@code known} says whether it was already taken as a place;
	 * {@code province} whether it is a province, which the place right after it belongs to (贵州六盘水).
	 */
	record Span(int start, int end, Division only, boolean known, boolean province) {
	}

	/** The divisions of the bare, undecided spans that are partners in a pairing sentence of {@code text}. */
	List<Division> find(String text, List<Span> places) {
		List<Span> spans = withoutProvinces(text, places);
		List<Division> found = new ArrayList<>();
		for (int i = 0; i < spans.size(); i++) {
			Span s = spans.get(i);
			if (s.only() == null || s.known() || found.contains(s.only())) {
				continue;
			}
			boolean joined = i > 0 && joins(text, spans.get(i - 1), s)
					|| i + 1 < spans.size() && joins(text, s, spans.get(i + 1));
			if (joined && this.words.any(Kind.PAIRING, sentence(text, s.start()))) {
				found.add(s.only());
			}
		}
		return found;
	}

	/**
	 * The spans as parties: a province right before a place is part of it (贵州六盘水 is one span, 六盘水), and a bare
	 * name that is mostly an ordinary word (合作, 资源) stands for no place.
	 */
	private List<Span> withoutProvinces(String text, List<Span> places) {
		List<Span> out = new ArrayList<>(places.size());
		for (int i = 0; i < places.size(); i++) {
			Span s = places.get(i);
			if (s.only() != null && this.lexicon.isOrdinaryWord(text.substring(s.start(), s.end()))) {
				s = new Span(s.start(), s.end(), null, s.known(), s.province());
			}
			if (s.province() && i + 1 < places.size() && s.end() <= places.get(i + 1).start()
					&& Compact.of(text.substring(s.end(), places.get(i + 1).start())).isEmpty()) {
				Span next = places.get(++i);
				s = new Span(s.start(), next.end(), next.only(), next.known(), false);
			}
			out.add(s);
		}
		return out;
	}

	/** Whether two places stand as partners: both can be places, and only a joining word lies between them. */
	private boolean joins(String text, Span a, Span b) {
		if (!a.known() && a.only() == null || !b.known() && b.only() == null || a.end() > b.start()) {
			return false;
		}
		String gap = Compact.of(text.substring(a.end(), b.start()));
		if (gap.isEmpty()) {
			return false;
		}
		boolean dash = Han.count(gap) == 0 && this.words.is(Kind.PAIRING_VERB, gap);
		return dash || this.words.is(Kind.PARTNER_MARKER, gap) || this.words.is(Kind.LIST, gap)
				|| this.words.is(Kind.PAIRING_VERB, this.words.withoutLeadingAdverbs(gap));
	}

	private static String sentence(String text, int at) {
		int from = at;
		while (from > 0 && SENTENCE_END.indexOf(text.charAt(from - 1)) < 0 && !text.startsWith("\n\n", from - 2)) {
			from--;
		}
		int to = at;
		while (to < text.length() && SENTENCE_END.indexOf(text.charAt(to)) < 0 && !text.startsWith("\n\n", to)) {
			to++;
		}
		return text.substring(from, to);
	}

}
