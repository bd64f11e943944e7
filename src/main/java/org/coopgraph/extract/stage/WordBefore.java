package org.coopgraph.extract.stage;

import java.util.List;

import org.coopgraph.extract.hanlp.HanlpSegmenter;

/** What the word just before a name's left edge is: a verb, a title verb, a list separator. Thread-safe. */
final class WordBefore {

	private final CandidateWords words;

	WordBefore(CandidateWords words) {
		this.words = words;
	}

	/** Whether a verb of two characters or more (推进, 建设) ends right before {@code start}. */
	boolean isVerb(String text, int start, List<HanlpSegmenter.Token> tokens) {
		HanlpSegmenter.Token t = endingAt(tokens, skipSpacesBack(text, start));
		return t != null && t.word().length() >= 2 && (t.tag().startsWith("v") || this.words.leadingVerbs().contains(t.word()));
	}

	/** Whether a verb of competing for or winning a title (创建, 获评) ends right before {@code start}. */
	boolean isTitleVerb(String text, int start, List<HanlpSegmenter.Token> tokens) {
		for (HanlpSegmenter.Token t : tokens) {
			if (t.end() == start || t.end() == start - 1 && text.charAt(start - 1) == ' ') {
				return this.words.titleVerbs().contains(t.word());
			}
		}
		return false;
	}

	/** Whether what comes before {@code start} is a list separator, punctuation, a verb or a conjunction. */
	boolean isVerbOrListOpener(String text, int start, List<HanlpSegmenter.Token> tokens) {
		int b = skipSpacesBack(text, start);
		if (b == 0 || "、，。；：,;:“（(和及与".indexOf(text.charAt(b - 1)) >= 0) {
			return true;
		}
		HanlpSegmenter.Token t = endingAt(tokens, b);
		return t != null && (t.tag().startsWith("v") || t.tag().startsWith("c") || this.words.leadingVerbs().contains(t.word()));
	}

	private static int skipSpacesBack(String text, int start) {
		int b = start;
		while (b > 0 && text.charAt(b - 1) == ' ') {
			b--;
		}
		return b;
	}

	/** The first token ending at {@code end}, or {@code null}. */
	private static HanlpSegmenter.Token endingAt(List<HanlpSegmenter.Token> tokens, int end) {
		for (HanlpSegmenter.Token t : tokens) {
			if (t.end() == end) {
				return t;
			}
		}
		return null;
	}

}
