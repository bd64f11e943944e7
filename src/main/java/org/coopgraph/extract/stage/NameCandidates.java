package org.coopgraph.extract.stage;

import java.util.Map;
import java.util.regex.Pattern;

import org.coopgraph.extract.gazetteer.NameSuffixes;
import org.coopgraph.extract.model.EntityType;
import org.coopgraph.extract.text.Han;

/**
 * Decides whether the words before a name ending (工业园区, 集团, 大学) form a name, and where it begins: first the
 * marks in the text ({@link MarkedNames}), else a walk over HanLP's tokens ({@link NameLeftEdge}); then the span is
 * trimmed, generic phrases are refused ({@link GenericNames}) and the name must carry enough: something specific, and
 * for parks and projects something strong (a place, a proper noun). Thread-safe.
 */
final class NameCandidates {

	private static final Pattern CAPACITY = Pattern
		.compile("\\d+(?:\\.\\d+)?\\s*(?:万吨级|万吨|吨级|千伏|万千瓦|千瓦|兆瓦|万标箱|万立方米)");

	private static final Pattern PHASE = Pattern.compile("[一二三四五六七八九十]期");

	private final Map<Character, String> cityAbbreviations;

	private final WordBefore wordBefore;

	private final MarkedNames marked;

	private final NameLeftEdge leftEdge;

	private final GenericNames generic;

	NameCandidates(CandidateWords words, Map<Character, String> cityAbbreviations) {
		this.cityAbbreviations = cityAbbreviations;
		this.wordBefore = new WordBefore(words);
		this.marked = new MarkedNames(this.wordBefore);
		this.leftEdge = new NameLeftEdge(words);
		this.generic = new GenericNames(words, this.wordBefore);
	}

	/**
	 * The name ending with {@code suffix} at {@code [suffixStart, end)}, or {@code null}; {@code siblingStart} is where
	 * the item after a park or project in a list starts, else -1.
	 */
	Candidate candidate(String text, int suffixStart, int end, NameSuffixes.Suffix suffix, boolean[] place,
			SegmentWindows tokens, int siblingStart) {
		int open = MarkedNames.bracketedPlace(text, suffixStart, place);
		if (open >= 0) {
			// 洋县（如皋）产业园: a bracketed partner place belongs to the name.
			Candidate inner = candidate(text, open, end, suffix, place, tokens, -1);
			return inner == null || inner.start() >= open ? null : inner;
		}
		if (MarkedNames.afterQuote(text, suffixStart)) {
			return MarkedNames.quoted(text, suffixStart, end, suffix);
		}
		Candidate joined = MarkedNames.joinedPlaces(text, suffixStart, end, suffix, place);
		if (joined != null) {
			return joined;
		}
		if (suffixStart == 0 || MarkedNames.CLAUSE_BREAK.indexOf(text.charAt(suffixStart - 1)) >= 0) {
			return null;
		}
		Candidate marked = this.marked.firstOfSharedEnding(text, suffixStart, end, suffix, tokens, siblingStart);
		if (marked == null) {
			marked = MarkedNames.sibling(text, suffixStart, end, suffix, siblingStart);
		}
		if (marked == null) {
			marked = MarkedNames.owned(text, suffixStart, end, suffix, place);
		}
		if (marked != null) {
			return GenericNames.counted(text, marked.start(), suffixStart, end) ? null : marked;
		}
		NameLeftEdge.Walk walk = this.leftEdge.walk(text, suffixStart, suffix, place, tokens);
		if (walk == null) {
			return null;
		}
		NameSpan span = span(text, walk.left(), suffixStart, place);
		if (this.generic.isGeneric(text, span, suffixStart, suffix, place, walk.tokens())
				|| GenericNames.counted(text, span.start(), suffixStart, end)) {
			return null;
		}
		return carriesEnough(text, span, suffixStart, end, suffix, walk) ? new Candidate(span.start(), end, suffix.type(), span.level())
				: null;
	}

	/**
	 * Trims what the walk found to the name: no leading punctuation, counters or units (a capacity stays: 20万吨级散货码头,
	 * 220千伏变电站 tell one facility from another), and a leading 省, 市 or 县 (市传染病医院, 省农科院) read as the level of
	 * government that names the home city or province. 我市 counts as 市.
	 */
	private static NameSpan span(String text, int from, int suffixStart, boolean[] place) {
		int left = from;
		while (left < suffixStart && !Han.isHan(text.charAt(left)) && !Character.isDigit(text.charAt(left))) {
			left++;
		}
		if (!CAPACITY.matcher(text).region(left, suffixStart).lookingAt()) {
			while (left < suffixStart && !Han.isHan(text.charAt(left))) {
				left++;
			}
		}
		boolean capacity = CAPACITY.matcher(text).region(left, suffixStart).find();
		while (left < suffixStart && "级个家项座条批年月日等吨米号".indexOf(text.charAt(left)) >= 0) {
			left++;
		}
		char level = left < suffixStart && "省市县".indexOf(text.charAt(left)) >= 0 && !place[left]
				&& "区级属域内".indexOf(text.charAt(left + 1)) < 0 ? text.charAt(left) : 0;
		if (level == 0 && left < suffixStart - 1 && "省市县".indexOf(text.charAt(left)) >= 0 && !place[left]) {
			// 县区特色电商产业园, 市级医院: a level of government in general, not a named place.
			left++;
		}
		int start = left;
		int nameStart = level != 0 ? left + 1 : left;
		if (level == 0 && left >= 2 && text.charAt(left - 2) == '我' && "市县省".indexOf(text.charAt(left - 1)) >= 0) {
			// 我市社会福利中心: the document's own city.
			level = text.charAt(left - 1);
			start = left - 2;
		}
		return new NameSpan(start, nameStart, level, capacity);
	}

	/**
	 * Whether the name carries enough to be one in particular: parks and projects, named with common words more
	 * often than firms, need something strong (a place, a proper noun, a pair of city abbreviations such as 苏宿, a
	 * level of government); the others something specific.
	 */
	private boolean carriesEnough(String text, NameSpan span, int suffixStart, int end, NameSuffixes.Suffix suffix,
			NameLeftEdge.Walk walk) {
		int start = span.start();
		boolean strong = walk.strong() || span.level() != 0 || suffixStart - start >= 2
				&& this.cityAbbreviations.containsKey(text.charAt(start))
				&& this.cityAbbreviations.containsKey(text.charAt(start + 1));
		boolean specific = walk.specific() || span.level() != 0;
		if (suffix.type() == EntityType.PROJECT && this.wordBefore.isVerbOrListOpener(text, start, walk.tokens())) {
			// A project right after a verb or a list separator, with a capacity, a phase (二期工程) or a pair of
			// characters HanLP does not know (an uncommon place name), names one facility.
			strong |= span.capacity() || walk.unknownPair() || PHASE.matcher(text).region(start, end).find();
		}
		if ((suffix.type() == EntityType.PARK || suffix.type() == EntityType.ORGANIZATION) && span.level() == 0
				&& this.wordBefore.isVerb(text, start, walk.tokens())
				&& this.generic.plainWordsBefore(span.nameStart(), suffixStart, walk.tokens())
				&& hasWordsOfItsOwn(text, span.nameStart(), suffixStart, suffix)) {
			// 推进海港电商综试区建设, 建设海滨医学科学中心: a verb gives the left edge, and a park or institution
			// named with several words of its own is one in particular.
			strong = true;
			specific = true;
		}
		return suffix.type() == EntityType.PROJECT || suffix.type() == EntityType.PARK ? strong : specific;
	}

	/**
	 * Two characters of its own are enough before a specific park ending (创新区, 物流园), not before a generic one
	 * (园区) or one that says "industry" (电商产业园区 is a kind of park); an institution needs four.
	 */
	private static boolean hasWordsOfItsOwn(String text, int nameStart, int suffixStart, NameSuffixes.Suffix suffix) {
		long own = Han.count(text.substring(nameStart, suffixStart));
		return own >= (suffix.type() == EntityType.PARK ? (suffix.specificKind() ? 2 : 3) : 4);
	}

}
