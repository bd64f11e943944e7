package org.coopgraph.extract.time;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.coopgraph.extract.text.LeadingChars;

/**
 * A year written in a passage (2023年, 2021年至2023年, 2021-2023年) and what it says about the time of an act there.
 * Only {@link Role#ACT} years date a fact; a since-range (2022年以来, 自2006年…以来) runs up to the time of writing, so
 * it dates a fact by its document. Immutable.
 */
record YearMention(int year, int start, int end, Role role, boolean opensSince) {

	/** What a written year is to the acts around it. */
	enum Role {

		/** When the act took place (2023年投入, 截至2023年底累计, the end of 2021年至2023年). */
		ACT,

		/** The start of a range that runs up to now (2022年以来累计…): the document's year is its end. */
		SINCE,

		/** A target or deadline (到2025年, 力争2025年, 2025年底前). */
		TARGET,

		/**
		 * Not a time of the act: part of a name or a title (《…2023年…》, “…”), a reference to another year's plan or
		 * work (2022年度…方案, 2022年度帮扶项目审计), a birth or founding year (1965年出生, 成立于2006年).
		 */
		ATTRIBUTE

	}

	/** A year, or a range of years whose end counts (2021年至2023年, 2021—2023年). */
	static final Pattern YEAR = Pattern.compile(
			"(?<![0-9])((?:19|20)[0-9]{2})(?:\\s*年?\\s*[至到\\-—－~～]\\s*((?:19|20)[0-9]{2}))?\\s*年");

	/** Where a year can start; YearMentionTests proves it against {@link #YEAR}. */
	static final LeadingChars YEAR_START = LeadingChars.of("12");

	private static final Pattern TARGET_BEFORE = Pattern.compile("(?:(?<!截)[到至]|力争|争取|预计|计划|确保|目标)\\s*(?:在|于)?\\s*$");

	private static final Pattern TARGET_AFTER = Pattern.compile("^(?:底|末)?(?:之)?前(?![一二三四五六七八九十两半0-9个])");

	private static final Pattern FOUNDED_BEFORE = Pattern.compile("(?:生|成立|始建|建|创建|设立|创办|组建|诞生)于\\s*$");

	private static final Pattern FOUNDED_AFTER = Pattern
		.compile("^(?:[0-9]{1,2}月)?(?:[0-9]{1,2}日)?(?:出生|生人|生[，,、）)]|成立|设立|创建|创办|组建|始建|建成)");

	/** 年度 followed by what it qualifies (2022年度帮扶项目, 2023年度工作方案), not by the end of its clause. */
	private static final Pattern YEAR_OF_SOMETHING = Pattern.compile("^度\\s*[^，,；;：:。\\s）)]");

	private static final Pattern SINCE_AFTER = Pattern.compile("^(?:[0-9]{1,2}月)?(?:[0-9]{1,2}日)?以来");

	private static final Pattern SINCE_BEFORE = Pattern.compile("(?:自|从)\\s*$");

	/**
	 * The years written in {@code text}, in order, found in one pass: each with its role, except that a year after
	 * 自 or 从 ({@code opensSince}) is a since-range only in a passage where 以来 follows it ({@link #in}).
	 */
	static List<YearMention> all(String text) {
		List<YearMention> years = new ArrayList<>();
		Matcher m = YEAR.matcher(text);
		for (int i = 0; YEAR_START.find(m, text, i); i = m.end()) {
			String end = m.group(2);
			int year = Integer.parseInt((end != null) ? end : m.group(1));
			String before = text.substring(Math.max(0, m.start() - 4), m.start());
			Role role = role(text, before, m.start(), m.end(), end != null);
			boolean opensSince = role == Role.ACT && end == null && SINCE_BEFORE.matcher(before).find();
			years.add(new YearMention(year, m.start(), m.end(), role, opensSince));
		}
		return years;
	}

	/**
	 * The years of {@code all} (of {@code text}, in order) written between {@code from} and {@code to}, each with
	 * its role in that passage.
	 */
	static List<YearMention> in(String text, List<YearMention> all, int from, int to) {
		int i = Collections.binarySearch(all, new YearMention(0, from, from, Role.ACT, false),
				Comparator.comparingInt(YearMention::start));
		List<YearMention> years = new ArrayList<>();
		for (int k = (i >= 0) ? i : -i - 1; k < all.size() && all.get(k).end() <= to; k++) {
			YearMention y = all.get(k);
			boolean since = y.opensSince() && text.indexOf("以来", y.end(), to) >= 0;
			years.add(since ? new YearMention(y.year(), y.start(), y.end(), Role.SINCE, false) : y);
		}
		return years;
	}

	private static Role role(String text, String before, int start, int end, boolean range) {
		String after = text.substring(end, Math.min(text.length(), end + 6));
		if (quoted(text, start) || YEAR_OF_SOMETHING.matcher(after).find() || FOUNDED_BEFORE.matcher(before).find()
				|| FOUNDED_AFTER.matcher(after).find()) {
			return Role.ATTRIBUTE;
		}
		if (!range && (TARGET_BEFORE.matcher(before).find() || TARGET_AFTER.matcher(after).find())) {
			return Role.TARGET;
		}
		return (!range && SINCE_AFTER.matcher(after).find()) ? Role.SINCE : Role.ACT;
	}

	/** Whether {@code at} lies inside 《…》 or “…” opened earlier on its line. */
	private static boolean quoted(String text, int at) {
		int lineStart = text.lastIndexOf('\n', at - 1) + 1;
		return inside(text, lineStart, at, '《', '》') || inside(text, lineStart, at, '“', '”');
	}

	private static boolean inside(String text, int from, int at, char open, char close) {
		return text.lastIndexOf(open, at - 1) >= from && text.lastIndexOf(open, at - 1) > text.lastIndexOf(close, at - 1);
	}

}
