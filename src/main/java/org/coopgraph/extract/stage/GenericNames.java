package org.coopgraph.extract.stage;

import java.util.List;
import java.util.regex.Pattern;

import org.coopgraph.extract.gazetteer.NameSuffixes;
import org.coopgraph.extract.hanlp.HanlpSegmenter;
import org.coopgraph.extract.model.EntityType;
import org.coopgraph.extract.text.Compact;
import org.coopgraph.extract.text.Han;

/**
 * Phrases shaped like names that name a kind rather than one in particular: 洋县医院, 三甲医院, 现代产业园区, 市级医院, and
 * titles a place competes for (创建国家全域旅游示范区). Thread-safe.
 */
final class GenericNames {

	/** 一期工程, 二期项目: a phase alone says which part, not which project. */
	private static final Pattern PHASE_ONLY = Pattern.compile("\\s*[一二三四五六七八九十]期\\s*");

	/** 10家医院, 一家公司, 首个飞地项目: a count of institutions or projects, not one of them by name. */
	private static final Pattern COUNTED = Pattern.compile("(?:\\d+|[一两几数多首])\\s*[家批个]");

	/**
	 * 商会3家, 医院2所: a count closing the clause right after the ending counts institutions of a kind (a count of
	 * something else follows on: 大学3个学院).
	 */
	private static final Pattern COUNTED_AFTER = Pattern.compile("\\s*\\d+\\s*[家所个座批](?![\\u4e00-\\u9fa5])");

	private final CandidateWords words;

	private final WordBefore wordBefore;

	GenericNames(CandidateWords words, WordBefore wordBefore) {
		this.words = words;
		this.wordBefore = wordBefore;
	}

	/** Whether the name {@code span} before the ending at {@code suffixStart} is generic. */
	boolean isGeneric(String text, NameSpan span, int suffixStart, NameSuffixes.Suffix suffix, boolean[] place,
			List<HanlpSegmenter.Token> tokens) {
		String own = text.substring(span.nameStart(), suffixStart);
		return tooShort(own, span, suffix) || PHASE_ONLY.matcher(own).matches() || span.level() != 0 && isGenericWord(own)
				|| placeAndGenericWord(text, span.start(), suffixStart, suffix, place) || onlyKinds(own)
				|| kindOfPark(text, span.nameStart(), suffixStart, suffix, place) || COUNTED.matcher(own).find()
				|| suffix.type() == EntityType.PROJECT && onlyProgrammeWords(own)
				|| suffix.text().contains("示范") && this.wordBefore.isTitleVerb(text, span.start(), tokens);
	}

	/** Whether the name {@code [start, end)} with its ending at {@code suffixStart} is a count (42个某某项目, 商会3家). */
	static boolean counted(String text, int start, int suffixStart, int end) {
		return COUNTED.matcher(text).region(start, suffixStart).find()
				|| COUNTED_AFTER.matcher(text).region(end, text.length()).lookingAt();
	}

	/** 市救助站, 省农科院: a level of government and a specific ending name one institution; otherwise two characters are needed. */
	private static boolean tooShort(String own, NameSpan span, NameSuffixes.Suffix suffix) {
		return Han.count(own) < 2 && !(span.level() != 0 && suffix.text().length() >= 3);
	}

	private boolean isGenericWord(String words) {
		return this.words.genericLeads().contains(words) || this.words.genericMiddles().contains(words);
	}

	/** 洋县医院, 洋县产业项目: a place and a generic word name no one in particular. */
	private boolean placeAndGenericWord(String text, int start, int suffixStart, NameSuffixes.Suffix suffix, boolean[] place) {
		if (!place[start] || suffix.type() == EntityType.PARK) {
			return false;
		}
		int k = start;
		while (k < suffixStart && place[k]) {
			k++;
		}
		String rest = text.substring(k, suffixStart);
		return rest.length() < 2 && this.words.genericEndings().contains(suffix.text()) || isGenericWord(rest);
	}

	/** 援疆项目, 南北结对帮扶项目: a project named only by its programme is any project of it. */
	private boolean onlyProgrammeWords(String own) {
		return madeOf(own, this.words.programmeWords());
	}

	/** Whether {@code phrase}, spaces aside, is not empty and is made only of {@code words}, one after another. */
	static boolean madeOf(String phrase, List<String> words) {
		String rest = Compact.of(phrase);
		if (rest.isEmpty()) {
			return false;
		}
		boolean again = true;
		while (again && !rest.isEmpty()) {
			again = false;
			for (String w : words) {
				if (rest.startsWith(w)) {
					rest = rest.substring(w.length());
					again = true;
					break;
				}
			}
		}
		return rest.isEmpty();
	}

	/** Whether a name's words before its ending only grade or classify it, after an optional owner (市属). */
	private boolean onlyKinds(String own) {
		String rest = Compact.of(own);
		boolean stripped = false;
		boolean again = true;
		while (again && !rest.isEmpty()) {
			again = false;
			for (String k : this.words.kinds()) {
				if (rest.endsWith(k)) {
					rest = rest.substring(0, rest.length() - k.length());
					stripped = again = true;
					break;
				}
			}
		}
		return stripped && (rest.isEmpty() || rest.endsWith("市") || rest.endsWith("县") || rest.endsWith("省"));
	}

	/**
	 * 现代产业园区, 某市特色功能园区: a describing word after the place (if any) names a kind of park; a 示范园区 is
	 * designated, so it stays one in particular.
	 */
	private boolean kindOfPark(String text, int nameStart, int suffixStart, NameSuffixes.Suffix suffix, boolean[] place) {
		if (!suffix.text().endsWith("园区") || text.lastIndexOf("示范", suffixStart) >= nameStart) {
			return false;
		}
		int k = nameStart;
		while (k < suffixStart && place[k]) {
			k++;
		}
		return k + 2 <= suffixStart && this.words.descriptiveLeads().contains(text.substring(k, k + 2));
	}

	/**
	 * Whether the name's words before its ending open with a word of its own, not a describing one, a quantity or a
	 * time (一批, 全年), and do not close with a word of any trade (电商产业园区).
	 */
	boolean plainWordsBefore(int from, int to, List<HanlpSegmenter.Token> tokens) {
		HanlpSegmenter.Token first = null;
		HanlpSegmenter.Token last = null;
		for (HanlpSegmenter.Token t : tokens) {
			if (t.offset() >= from && t.offset() < to) {
				first = first == null ? t : first;
				last = t;
			}
		}
		if (first == null) {
			return false;
		}
		String tag = first.tag();
		return !this.words.genericLeads().contains(first.word()) && !this.words.descriptiveLeads().contains(first.word())
				&& !this.words.genericMiddles().contains(first.word()) && !tag.startsWith("m") && !tag.startsWith("q")
				&& !tag.startsWith("t") && !this.words.tradeWords().contains(last.word());
	}

}
