package org.coopgraph.extract.time;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

import org.coopgraph.extract.model.Evidence;
import org.coopgraph.extract.text.SentenceBounds;

/**
 * The year a fact's own words state, read from the clauses that hold its parties, not from the whole sentence: in
 * "2006年，随着甲园区开工建设，甲乙两市合作开始…，随后启动建设丙园区" the later park is no fact of 2006. A year
 * governs a fact when it is written in the fact's clauses and is a time of the act ({@link YearMention.Role#ACT}:
 * 2023年投入, 截至2023年底累计, the end of 2021年至2023年), or when a clause that only states a time opens the
 * sentence (2017年9月，甲市和乙县签订协议) and no clause up to the fact moves the time on (随后, 目前, another year).
 * A since-range (2022年以来累计…, 自2022年…以来) runs up to the time of writing: the fact takes its document's year.
 * Targets (到2025年), years of names and titles (《…》, 2022年度…方案), references to another year's work
 * (2022年度项目审计) and birth or founding years (成立于2006年) date nothing. Null means the fact is dated by its
 * document. One reads one document's text, whose years it finds once; immutable.
 */
public final class StatedYear {

	/** Commas, colons and brackets end clauses. */
	private static boolean isClauseEnd(char c) {
		return switch (c) {
			case '，', ',', '：', ':', '（', '）', '(', ')' -> true;
			default -> false;
		};
	}

	/** A clause that states nothing but a time: 2017年9月, 2022年以来, 自2021年初. */
	private static final Pattern TIME_ONLY = Pattern.compile("\\s*(?:自|从|在|于|截至|截止)?\\s*(?:19|20)[0-9]{2}\\s*年度?"
			+ "(?:[0-9]{1,2}月)?(?:[0-9]{1,2}[日号])?(?:初|底|末|上半年|下半年|以来)?\\s*");

	/** Words that open a clause set at another time than the one before it. */
	private static final Pattern TIME_SHIFT = Pattern
		.compile("\\s*(?:随后|此后|之后|其后|后来|目前|如今|现在|当前|近年来?|今年|去年|截至目前|下一步|今后|未来)");

	private final String text;

	/** The years written in the text, found once for all the facts read in it. */
	private final List<YearMention> years;

	/**
	 * Offsets of the characters that end clauses, in order, found once: a task table's hundreds of facts would
	 * otherwise each scan their sentence for them.
	 */
	private final int[] clauseEnds;

	private StatedYear(String text) {
		this.text = text;
		this.years = YearMention.all(text);
		this.clauseEnds = clauseEnds(text);
	}

	/** Reads the years written in {@code text}, a document's whole text, to date the facts stated in it. */
	public static StatedYear reading(String text) {
		return new StatedYear(text);
	}

	/**
	 * The year that governs a fact stated at {@code evidence} between two parties, each written in one of its forms
	 * ({@code fromForms}, {@code toForms}: names and aliases); the evidence stands for a party not found in the
	 * sentence. Null when the fact is dated by its document.
	 */
	public Integer of(Evidence evidence, Collection<String> fromForms, Collection<String> toForms) {
		if (evidence == null || evidence.start() < 0 || evidence.end() > this.text.length()
				|| evidence.start() > evidence.end()) {
			String sentence = (evidence != null) ? evidence.sentence() : "";
			return reading(sentence).in(0, sentence.length(), 0, sentence.length());
		}
		int sentenceStart = SentenceBounds.start(this.text, evidence.start());
		int sentenceEnd = SentenceBounds.end(this.text, evidence.end());
		int[] fact = factSpan(this.text, sentenceStart, sentenceEnd, evidence, fromForms, toForms);
		return in(sentenceStart, sentenceEnd, fact[0], fact[1]);
	}

	/** The year governing a fact at {@code factStart..factEnd} of the sentence {@code start..end}. */
	private Integer in(int start, int end, int factStart, int factEnd) {
		List<int[]> clauses = clauses(start, end);
		int first = clauseAt(clauses, factStart);
		int last = clauseAt(clauses, Math.max(factStart, factEnd - 1));
		for (YearMention year : yearsIn(clauses.get(first)[0], clauses.get(last)[1])) {
			if (year.role() == YearMention.Role.ACT) {
				return year.year();
			}
			if (year.role() == YearMention.Role.SINCE) {
				return null;
			}
		}
		return (first > 0) ? openingYear(clauses, last) : null;
	}

	private List<YearMention> yearsIn(int from, int to) {
		return YearMention.in(this.text, this.years, from, to);
	}

	/** The year of a time-only clause that opens the sentence, when no clause up to {@code last} moves the time on. */
	private Integer openingYear(List<int[]> clauses, int last) {
		int[] opening = clauses.get(0);
		if (!TIME_ONLY.matcher(this.text).region(opening[0], opening[1]).matches()) {
			return null;
		}
		for (int i = 1; i <= last; i++) {
			int[] clause = clauses.get(i);
			if (TIME_SHIFT.matcher(this.text).region(clause[0], clause[1]).lookingAt()
					|| !yearsIn(clause[0], clause[1]).isEmpty()) {
				return null;
			}
		}
		List<YearMention> found = yearsIn(opening[0], opening[1]);
		return (found.size() == 1 && found.get(0).role() == YearMention.Role.ACT) ? found.get(0).year() : null;
	}

	/**
	 * The span from one party to the other, the closest pair of their mentions in the sentence; a party not found
	 * there is stood for by the evidence.
	 */
	private static int[] factSpan(String text, int start, int end, Evidence evidence, Collection<String> fromForms,
			Collection<String> toForms) {
		List<int[]> from = occurrences(text, start, end, fromForms);
		List<int[]> to = occurrences(text, start, end, toForms);
		int evidenceStart = Math.max(start, evidence.start());
		int[] stand = { evidenceStart, Math.max(evidenceStart, Math.min(end, evidence.end())) };
		if (from.isEmpty() && to.isEmpty()) {
			return stand;
		}
		if (from.isEmpty() || to.isEmpty()) {
			return nearest(from.isEmpty() ? to : from, stand[0]);
		}
		int[] best = null;
		for (int[] x : from) {
			for (int[] y : to) {
				int[] span = { Math.min(x[0], y[0]), Math.max(x[1], y[1]) };
				if (best == null || span[1] - span[0] < best[1] - best[0]) {
					best = span;
				}
			}
		}
		return best;
	}

	private static int[] nearest(List<int[]> spans, int at) {
		int[] best = spans.get(0);
		for (int[] span : spans) {
			if (Math.abs(span[0] - at) < Math.abs(best[0] - at)) {
				best = span;
			}
		}
		return best;
	}

	private static List<int[]> occurrences(String text, int start, int end, Collection<String> forms) {
		List<int[]> found = new ArrayList<>();
		for (String form : forms) {
			if (form == null || form.isEmpty()) {
				continue;
			}
			// Bounded by the sentence: a form absent from it must not send the search through the rest of the text.
			for (int at = text.indexOf(form, start, end); at >= 0; at = text.indexOf(form, at + 1, end)) {
				found.add(new int[] { at, at + form.length() });
			}
		}
		return found;
	}

	/** The clauses of the sentence {@code start..end}, split at commas, colons and brackets. */
	private List<int[]> clauses(int start, int end) {
		List<int[]> clauses = new ArrayList<>();
		int from = start;
		int k = Arrays.binarySearch(this.clauseEnds, start);
		for (k = (k >= 0) ? k : -k - 1; k < this.clauseEnds.length && this.clauseEnds[k] < end; k++) {
			clauses.add(new int[] { from, this.clauseEnds[k] });
			from = this.clauseEnds[k] + 1;
		}
		clauses.add(new int[] { from, end });
		return clauses;
	}

	private static int[] clauseEnds(String text) {
		int[] ends = new int[64];
		int n = 0;
		for (int i = 0; i < text.length(); i++) {
			if (isClauseEnd(text.charAt(i))) {
				if (n == ends.length) {
					ends = Arrays.copyOf(ends, n * 2);
				}
				ends[n++] = i;
			}
		}
		return Arrays.copyOf(ends, n);
	}

	private static int clauseAt(List<int[]> clauses, int at) {
		for (int i = 0; i < clauses.size(); i++) {
			if (at <= clauses.get(i)[1]) {
				return i;
			}
		}
		return clauses.size() - 1;
	}

}
