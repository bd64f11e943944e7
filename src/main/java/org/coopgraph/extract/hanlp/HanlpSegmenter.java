package org.coopgraph.extract.hanlp;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionaryTransformMatrixDictionary;
import com.hankcs.hanlp.dictionary.TransformMatrix;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Term;

/**
 * The one configured HanLP segmenter (portable dictionaries, Viterbi with part-of-speech tags). Name, place and
 * organisation recognition stay off: the gazetteer knows places better, and the role models cost time for spans
 * the suffix rules find anyway. Building it loads HanLP's dictionaries, once per JVM. {@link #segment} is thread-safe: the segment's
 * configuration is fixed after construction.
 */
public final class HanlpSegmenter {

	/** A token: its text, part-of-speech tag and offset in the segmented string. */
	public record Token(String word, String tag, int offset) {

		public int end() {
			return this.offset + this.word.length();
		}

	}

	private final Segment segment;

	public HanlpSegmenter() {
		this.segment = new ViterbiSegment().enablePartOfSpeechTagging(true)
			.enablePlaceRecognize(false)
			.enableOrganizationRecognize(false)
			.enableNameRecognize(false)
			.enableCustomDictionary(true)
			.enableOffset(true);
		// Warm up so dictionary loading happens at construction, not inside the first document.
		this.segment.seg("无锡市");
		growTagMatrixOnce();
	}

	/**
	 * HanLP's part-of-speech Viterbi grows the tag transition matrix to every tag known whenever that count differs
	 * from the matrix's state count, but growing leaves the state count as loaded: every call then reallocates two
	 * square matrices of all tags, which costs a fifth of the time of segmenting a short string. Growing the matrix
	 * once and recording all tags as its states keeps the same probabilities and makes later calls grow it only when
	 * a new tag appears.
	 */
	private static void growTagMatrixOnce() {
		TransformMatrix matrix = CoreDictionaryTransformMatrixDictionary.transformMatrixDictionary;
		synchronized (matrix) {
			int tags = Nature.values().length;
			if (matrix.states.length != tags) {
				matrix.extend(tags);
				matrix.states = IntStream.range(0, tags).toArray();
			}
		}
	}

	public List<Token> segment(String text) {
		if (text.isEmpty()) {
			return List.of();
		}
		List<Term> terms = this.segment.seg(text);
		List<Token> tokens = new ArrayList<>(terms.size());
		for (Term t : terms) {
			tokens.add(new Token(t.word, t.nature == null ? "x" : t.nature.toString(), t.offset));
		}
		return tokens;
	}

}
