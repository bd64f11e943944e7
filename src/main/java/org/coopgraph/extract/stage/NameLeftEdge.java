package org.coopgraph.extract.stage;

import java.util.List;

import org.coopgraph.extract.gazetteer.NameSuffixes;
import org.coopgraph.extract.hanlp.HanlpSegmenter;
import org.coopgraph.extract.model.EntityType;
import org.coopgraph.extract.text.Han;

/**
 * Finds where a name begins by walking left from its ending over HanLP's tokens: noun-like tokens, places and single
 * characters that glue an unknown name extend it; verbs, prepositions, punctuation and generic words stop it. Records
 * on the way whether the name holds anything specific or strong (a place, a proper noun). Thread-safe.
 */
final class NameLeftEdge {

	/** The longest name, in characters before its ending, that the walk considers. */
	static final int MAX_NAME = 18;

	/**
	 * Where the walk stopped and what it passed: {@code specific} a place, proper noun or glued characters,
	 * {@code strong} a place or a proper noun HanLP is sure of, {@code unknownPair} two unknown single characters.
	 */
	record Walk(int left, boolean specific, boolean strong, boolean unknownPair, List<HanlpSegmenter.Token> tokens) {
	}

	private final CandidateWords words;

	NameLeftEdge(CandidateWords words) {
		this.words = words;
	}

	/** The walk left from {@code suffixStart}, or {@code null} when no window of tokens covers it. */
	Walk walk(String text, int suffixStart, NameSuffixes.Suffix suffix, boolean[] place, SegmentWindows tokens) {
		SegmentWindows.Window window = tokens.around(suffixStart);
		if (window == null) {
			return null;
		}
		List<HanlpSegmenter.Token> list = window.list();
		int left = suffixStart;
		boolean specific = false;
		boolean strong = false;
		boolean previousGlue = false;
		boolean previousProperPiece = false;
		boolean unknownPair = false;
		for (int k = window.lastBefore(suffixStart); k >= 0; k--) {
			HanlpSegmenter.Token t = list.get(k);
			String tag = t.tag();
			if (t.word().isBlank() && besideDigits(list, k) && suffixStart - t.offset() <= MAX_NAME) {
				// PDF text spaces out numbers (30 万吨级): the name runs on across the gap.
				continue;
			}
			if (t.word().isBlank() || suffixStart - t.offset() > MAX_NAME) {
				break;
			}
			boolean inPlace = place[t.offset()] || place[Math.min(t.end(), text.length()) - 1];
			// Single characters HanLP could not place (康 缘 in 康缘药业) glue a name; a lone verb before a name (到,
			// 去) does not.
			boolean rightIsShort = k + 1 >= list.size() || list.get(k + 1).offset() >= suffixStart
					|| list.get(k + 1).word().length() == 1;
			boolean nounish = tag.startsWith("n") || tag.startsWith("a") || tag.startsWith("b") || tag.startsWith("g");
			boolean glue = t.word().length() == 1 && !this.words.neverGlue().contains(tag)
					&& (nounish || rightIsShort && tag.equals("vg"));
			if (!inPlace && !glue && (!this.words.nameTags().contains(tag) && !tag.startsWith("n")
					|| this.words.leadingVerbs().contains(t.word()))) {
				int anchor = firmNameStart(list, k, suffixStart, suffix, place);
				if (anchor >= 0) {
					left = anchor;
					strong = true;
					specific = true;
				}
				break;
			}
			if (this.words.genericLeads().contains(t.word())) {
				break;
			}
			left = t.offset();
			boolean proper = inPlace || (this.words.strongTags().contains(tag) || tag.startsWith("ns") || tag.startsWith("nt"))
					&& t.word().length() >= 2;
			// Two unknown single characters in a row (惠榆, 苏宿) are an abbreviated proper name; two proper-noun pieces
			// in a row (HanLP tags both nz) before a zone of a particular kind name that zone.
			boolean properPiece = tag.equals("nz") && t.word().length() >= 2;
			strong |= proper || glue && previousGlue && suffix.type() == EntityType.PARK
					|| properPiece && previousProperPiece && suffix.type() == EntityType.PARK && suffix.specificKind();
			unknownPair |= glue && previousGlue;
			previousGlue = glue;
			previousProperPiece = properPiece;
			specific |= proper || this.words.specificTags().contains(tag) || glue;
		}
		return new Walk(left, specific, strong, unknownPair, list);
	}

	/**
	 * Where a firm's name starts when the walk stops at token {@code k}, a single character, or -1: HanLP splits a
	 * firm's rare trade name into odd single characters (浙江宏钜铝业, 南通启渡船厂), and a place or a verb (引进宁港集团)
	 * just before them opens the name.
	 */
	private int firmNameStart(List<HanlpSegmenter.Token> list, int k, int suffixStart, NameSuffixes.Suffix suffix,
			boolean[] place) {
		HanlpSegmenter.Token t = list.get(k);
		if (t.word().length() != 1 || suffix.type() != EntityType.ENTERPRISE) {
			return -1;
		}
		int anchor = placeAnchor(list, k, suffixStart, place);
		if (anchor < 0) {
			anchor = listItemAnchor(list, k, suffixStart);
		}
		if (anchor < 0 && k > 0 && !this.words.hardStops().contains(t.tag()) && list.get(k - 1).end() == t.offset()
				&& list.get(k - 1).word().length() >= 2 && list.get(k - 1).tag().startsWith("v")) {
			anchor = t.offset();
		}
		return anchor;
	}

	/**
	 * Start of the place token that opens a firm's name whose trade name HanLP broke into single characters: from
	 * token {@code k} leftwards over at most three single characters, or -1.
	 */
	private int placeAnchor(List<HanlpSegmenter.Token> list, int k, int suffixStart, boolean[] place) {
		int singles = 0;
		for (int j = k; j >= 0 && suffixStart - list.get(j).offset() <= MAX_NAME; j--) {
			HanlpSegmenter.Token t = list.get(j);
			boolean inPlace = place[t.offset()] || t.tag().startsWith("ns") && t.word().length() >= 2;
			if (inPlace) {
				return singles > 0 ? t.offset() : -1;
			}
			if (transliteration(t) && singles > 0) {
				// 甲市沃克斯迅达电梯公司: a foreign trade name, part read as a person's name, part as single characters.
				continue;
			}
			if (t.word().length() != 1 || this.words.hardStops().contains(t.tag()) || !Han.isHan(t.word().charAt(0))
					|| ++singles > 3) {
				return -1;
			}
		}
		return -1;
	}

	/** A token HanLP reads as a transliterated foreign name (沃克, 斯密斯). */
	private static boolean transliteration(HanlpSegmenter.Token t) {
		return t.tag().equals("nrf") && t.word().length() >= 2;
	}

	/**
	 * Start of a firm's trade name that HanLP broke into single characters as the item of a list (甲园、丙丁科技公司、…):
	 * two or three single characters right after 、 open the name, or -1.
	 */
	private int listItemAnchor(List<HanlpSegmenter.Token> list, int k, int suffixStart) {
		int singles = 0;
		for (int j = k; j >= 0 && suffixStart - list.get(j).offset() <= MAX_NAME; j--) {
			HanlpSegmenter.Token t = list.get(j);
			if (t.word().equals("、")) {
				return singles >= 2 ? list.get(j + 1).offset() : -1;
			}
			if (t.word().length() != 1 || this.words.hardStops().contains(t.tag()) || !Han.isHan(t.word().charAt(0))
					|| ++singles > 3) {
				return -1;
			}
		}
		return -1;
	}

	private static boolean besideDigits(List<HanlpSegmenter.Token> list, int k) {
		return k > 0 && isNumber(list.get(k - 1).word()) || k + 1 < list.size() && isNumber(list.get(k + 1).word());
	}

	static boolean isNumber(String word) {
		return !word.isEmpty() && word.chars().allMatch((c) -> Character.isDigit(c) || c == '.');
	}

}
