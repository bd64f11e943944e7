package org.coopgraph.extract.text;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.coopgraph.extract.model.Evidence;

/**
 * A document text without the pinyin glosses some sites print after characters they think rare (協(xié)作, 園區(qū)): a gloss
 * inside a name cuts it in two, so names and place chains read whole only once it is gone. Remembers for each
 * character its offset in the text as written, so evidence still points into the document. Immutable.
 */
public final class PinyinGlosses {

	/** Lowercase pinyin, with or without tone marks, in brackets right after a Chinese character. */
	static final Pattern GLOSS = Pattern
		.compile("(?<=\\p{IsHan})[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{0,5}[aeiouāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüv][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{0,5}[)）]");

	/** A gloss opens with a bracket; PinyinGlossesTests proves it against {@link #GLOSS}. */
	static final LeadingChars GLOSS_START = LeadingChars.of("(（");

	private final String text;

	/** Offset in the written text of each character of {@link #text}, plus one past the end. */
	private final int[] written;

	private PinyinGlosses(String text, int[] written) {
		this.text = text;
		this.written = written;
	}

	public static PinyinGlosses removedFrom(String written) {
		Matcher m = GLOSS.matcher(written);
		if (!GLOSS_START.find(m, written, 0)) {
			int[] same = new int[written.length() + 1];
			Arrays.setAll(same, (i) -> i);
			return new PinyinGlosses(written, same);
		}
		StringBuilder sb = new StringBuilder(written.length());
		int[] offsets = new int[written.length() + 1];
		int k = 0;
		int from = 0;
		do {
			for (int i = from; i < m.start(); i++) {
				sb.append(written.charAt(i));
				offsets[k++] = i;
			}
			from = m.end();
		}
		while (GLOSS_START.find(m, written, from));
		for (int i = from; i < written.length(); i++) {
			sb.append(written.charAt(i));
			offsets[k++] = i;
		}
		offsets[k++] = written.length();
		return new PinyinGlosses(sb.toString(), Arrays.copyOf(offsets, k));
	}

	/** The text without glosses. */
	public String text() {
		return this.text;
	}

	/** {@code evidence} read in {@link #text()}, with its offsets moved into the text as written. */
	public Evidence inWrittenText(Evidence evidence) {
		if (evidence.start() < 0 || evidence.start() > evidence.end() || evidence.end() > this.text.length()) {
			return evidence;
		}
		int start = this.written[evidence.start()];
		int end = evidence.end() == evidence.start() ? start : this.written[evidence.end() - 1] + 1;
		return start == evidence.start() && end == evidence.end() ? evidence
				: new Evidence(evidence.sentence(), start, end);
	}

}
