package org.coopgraph.extract.stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.coopgraph.extract.Extraction;
import org.coopgraph.extract.Mention;
import org.coopgraph.extract.Slot;
import org.coopgraph.extract.Stage;
import org.coopgraph.extract.gazetteer.CharTrie;
import org.coopgraph.extract.gazetteer.NameSuffixes;
import org.coopgraph.extract.hanlp.HanlpSegmenter;
import org.coopgraph.extract.model.EntityType;
import org.coopgraph.extract.text.TextLine;

/**
 * Finds parks, enterprises, institutions and projects by their name endings (工业园区, 集团, 大学, 试验船) and uses HanLP
 * to find where each name begins: it extends left over noun-like tokens and stops at verbs, prepositions and
 * punctuation. A candidate must carry something specific (a place, a proper noun, a quoted name). Only clauses that
 * contain an ending are segmented, which keeps the stage cheaper than segmenting the document. Thread-safe.
 */
public final class HanlpCandidateStage implements Stage {

	static final String SOURCE = "hanlp-candidate";

	private static final String CLAUSE_BREAK = "，。；：、！？,;:!?()（）《》【】\t ";

	private static final Set<String> NAME_TAGS = Set.of("ns", "nsf", "nz", "nt", "ntc", "nto", "ntu", "nts", "nth", "nit",
			"n", "nr", "nrf", "nrj", "j", "b", "gi", "gm", "gc", "gb", "nf", "nh", "nhm", "nn", "nnt", "vn", "m", "mq", "q",
			"x", "nx", "nl", "ng", "an", "a", "s", "nmc", "nic", "ntcb", "ntcf", "ntch", "nsf");

	private static final Set<String> SPECIFIC_TAGS = Set.of("ns", "nsf", "nz", "nt", "ntc", "nto", "ntu", "nr", "nrf", "nrj",
			"j", "nx", "x", "nmc", "ntcb", "ntcf", "ntch");

	private static final Set<String> GENERIC_LEADS = Set.of("省级", "国家级", "市级", "县级", "相关", "重点", "各类", "全市", "年度", "本地",
			"当地", "其他", "一批", "新型", "该", "本", "全省", "我市", "两地", "两市", "南北", "共建", "合作");

	private static final int MAX_NAME = 24;

	private final HanlpSegmenter segmenter;

	private final NameSuffixes suffixes;

	private final CharTrie<NameSuffixes.Suffix> suffixTrie;

	public HanlpCandidateStage(HanlpSegmenter segmenter, NameSuffixes suffixes) {
		this.segmenter = segmenter;
		this.suffixes = suffixes;
		CharTrie.Builder<NameSuffixes.Suffix> b = new CharTrie.Builder<>();
		for (NameSuffixes.Suffix s : suffixes.all()) {
			b.put(s.text(), s);
		}
		this.suffixTrie = b.build();
	}

	@Override
	public Extraction apply(Extraction in) {
		String text = in.text().text();
		List<Mention> found = new ArrayList<>(in.mentions());
		for (TextLine line : in.text().lines()) {
			if (line.boilerplate() || line.isBlank()) {
				continue;
			}
			int lastEnd = -1;
			for (int i = line.start(); i < line.end(); i++) {
				List<CharTrie.Hit<NameSuffixes.Suffix>> hits = this.suffixTrie.matchesAt(text, i);
				if (hits.isEmpty()) {
					continue;
				}
				CharTrie.Hit<NameSuffixes.Suffix> hit = hits.get(0);
				if (hit.end() > line.end() || hit.end() <= lastEnd || continuesName(text, hit.end(), line.end())) {
					continue;
				}
				Mention m = candidate(text, line, i, hit.end(), hit.values().get(0), in.places());
				if (m != null) {
					found.add(m);
					lastEnd = m.end();
				}
			}
		}
		return in.withMentions(List.copyOf(found));
	}

	/** A longer ending follows (园区 then 管委会): the name goes on and belongs to someone else. */
	private boolean continuesName(String text, int end, int limit) {
		if (end >= limit) {
			return false;
		}
		List<CharTrie.Hit<NameSuffixes.Suffix>> next = this.suffixTrie.matchesAt(text, end);
		return !next.isEmpty() && next.get(0).end() - end >= 2 && next.get(0).values().get(0).type() != EntityType.PROJECT;
	}

	private Mention candidate(String text, TextLine line, int suffixStart, int end, NameSuffixes.Suffix suffix,
			List<Mention> places) {
		int clauseStart = suffixStart;
		while (clauseStart > line.start() && CLAUSE_BREAK.indexOf(text.charAt(clauseStart - 1)) < 0
				&& suffixStart - clauseStart < 40) {
			clauseStart--;
		}
		if (clauseStart == suffixStart) {
			return null;
		}
		String clause = text.substring(clauseStart, suffixStart);
		List<HanlpSegmenter.Token> tokens = this.segmenter.segment(clause.replace('“', ' ').replace('”', ' '));
		int left = clause.length();
		boolean specific = false;
		for (int k = tokens.size() - 1; k >= 0; k--) {
			HanlpSegmenter.Token t = tokens.get(k);
			String tag = t.tag();
			if (t.word().isBlank()) {
				// A quotation mark: quoted names are specific by themselves.
				specific |= left < clause.length();
				left = t.offset();
				continue;
			}
			if (!NAME_TAGS.contains(tag) && !tag.startsWith("n") || suffixStart - (clauseStart + t.offset()) > MAX_NAME) {
				break;
			}
			if (GENERIC_LEADS.contains(t.word())) {
				break;
			}
			left = t.offset();
			specific |= SPECIFIC_TAGS.contains(tag) || tag.startsWith("ns") || tag.startsWith("nt");
		}
		while (left < clause.length() && Character.isWhitespace(clause.charAt(left))) {
			left++;
		}
		int start = clauseStart + left;
		if (start >= suffixStart || suffixStart - start < 2) {
			return null;
		}
		for (Mention p : places) {
			if (p.start() >= start && p.end() <= end) {
				specific = true;
				break;
			}
		}
		if (!specific) {
			return null;
		}
		String surface = text.substring(start, end);
		String name = surface.replace("“", "").replace("”", "");
		return new Mention(surface, start, end, suffix.type(), name, null, SOURCE);
	}

	@Override
	public Set<Slot> requires() {
		return Set.of(Slot.TEXT, Slot.PLACES, Slot.MENTIONS);
	}

	@Override
	public Set<Slot> provides() {
		return Set.of(Slot.MENTIONS);
	}

}
