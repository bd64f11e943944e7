package org.coopgraph.extract.stage;

import org.coopgraph.extract.gazetteer.NameSuffixes;
import org.coopgraph.extract.model.EntityType;
import org.coopgraph.extract.text.Han;
import org.coopgraph.extract.text.Joiners;

/**
 * Names whose left edge a mark in the text gives rather than HanLP's tokens: quotes (“创智号”试验船), the item before in
 * a list of parks, a list of items sharing their ending, and an owner's 的 (我市的X). Each rule returns {@code null}
 * where it does not apply. Thread-safe.
 */
final class MarkedNames {

	/** Characters that end a clause or a list item; a name never runs across one. */
	static final String CLAUSE_BREAK = "，。；：、！？,;:!?()（）《》【】\t ";

	private final WordBefore wordBefore;

	MarkedNames(WordBefore wordBefore) {
		this.wordBefore = wordBefore;
	}

	/** Where the bracket opens when a bracketed partner place (洋县（如皋）产业园) ends just before {@code suffixStart}, or -1. */
	static int bracketedPlace(String text, int suffixStart, boolean[] place) {
		if (suffixStart <= 2 || text.charAt(suffixStart - 1) != '）') {
			return -1;
		}
		int open = text.lastIndexOf('（', suffixStart - 1);
		return open > 0 && suffixStart - open <= 8 && place[open + 1] && place[suffixStart - 2] ? open : -1;
	}


	/**
	 * 甲—乙山海协作产业园: two places joined by a dash open the name of what they hold together, whatever words stand
	 * between them and the ending; the name starts with the first place.
	 */
	static Candidate joinedPlaces(String text, int suffixStart, int end, NameSuffixes.Suffix suffix, boolean[] place) {
		for (int k = suffixStart - 1; k > 0 && suffixStart - k <= NameLeftEdge.MAX_NAME; k--) {
			char c = text.charAt(k);
			if (CLAUSE_BREAK.indexOf(c) >= 0 || "和及与等".indexOf(c) >= 0) {
				return null;
			}
			if (!Joiners.is(c) || !place[k + 1]) {
				continue;
			}
			int before = k - 1;
			while (before > 0 && Joiners.is(text.charAt(before))) {
				before--;
			}
			if (!place[before]) {
				return null;
			}
			int start = placeStart(place, before);
			// 甲—乙—丙“飞地”产业园: three or more places joined one after another all open the name.
			for (int j = start - 1; j > 0 && Joiners.is(text.charAt(j)); j = start - 1) {
				int other = j;
				while (other > 0 && Joiners.is(text.charAt(other))) {
					other--;
				}
				if (!place[other]) {
					break;
				}
				start = placeStart(place, other);
			}
			return new Candidate(start, end, suffix.type());
		}
		return null;
	}

	/** Where the place that covers {@code at} starts. */
	private static int placeStart(boolean[] place, int at) {
		int start = at;
		while (start > 0 && place[start - 1]) {
			start--;
		}
		return start;
	}

	static boolean afterQuote(String text, int suffixStart) {
		return suffixStart > 0 && text.charAt(suffixStart - 1) == '”';
	}

	/** “创智号”试验船: the quoted words are the name; a quoted slogan before 项目 or 工程 names a programme instead. */
	static Candidate quoted(String text, int suffixStart, int end, NameSuffixes.Suffix suffix) {
		int open = text.lastIndexOf('“', suffixStart - 1);
		if (open < 0 || suffixStart - open > 20) {
			return null;
		}
		String quoted = text.substring(open, suffixStart);
		boolean slogan = suffix.type() == EntityType.PROJECT && (suffix.text().equals("项目") || suffix.text().equals("工程"));
		return Han.count(quoted) >= 2 && !slogan && !quoted.matches(".*[两三四五六七八九十][\\u4e00-\\u9fa5].*")
				? new Candidate(open, end, suffix.type()) : null;
	}

	/** 甲山大道、乙城大道: items sharing their ending name particular ones; the first is opened by a verb. */
	Candidate firstOfSharedEnding(String text, int suffixStart, int end, NameSuffixes.Suffix suffix, SegmentWindows tokens,
			int siblingStart) {
		if (siblingStart >= 0 || end >= text.length() || text.charAt(end) != '、' || !parkOrProject(suffix)
				|| !nextItemEndsWith(text, end + 1, suffix.text())) {
			return null;
		}
		SegmentWindows.Window w = tokens.around(suffixStart);
		int b = suffixStart;
		while (b > 0 && Han.isHan(text.charAt(b - 1)) && suffixStart - b < 6) {
			b--;
			if (w != null && b < suffixStart - 1 && this.wordBefore.isVerb(text, b, w.list())) {
				return new Candidate(b, end, suffix.type());
			}
		}
		return null;
	}

	/** 甲园区、乙园区和丙基地: the item after a park or project in a list, which starts at {@code siblingStart}. */
	static Candidate sibling(String text, int suffixStart, int end, NameSuffixes.Suffix suffix, int siblingStart) {
		return siblingStart >= 0 && parkOrProject(suffix)
				&& suffixStart - siblingStart >= minSiblingWords(text, siblingStart, suffix)
				&& suffixStart - siblingStart <= NameLeftEdge.MAX_NAME && Han.isHan(text.charAt(siblingStart))
				&& noBreak(text, siblingStart, suffixStart) ? new Candidate(siblingStart, end, suffix.type()) : null;
	}

	/**
	 * Three characters of its own make a list item a name; two do when the item before it has the same ending
	 * (花果山大道、港城大道): the shared ending marks both as names of one kind.
	 */
	private static int minSiblingWords(String text, int siblingStart, NameSuffixes.Suffix suffix) {
		int previousEnd = siblingStart - 1;
		int ending = suffix.text().length();
		return (previousEnd >= ending && text.startsWith(suffix.text(), previousEnd - ending)) ? 2 : 3;
	}

	/** 我市的X, 甲县的X: the place that owns it marks X as one in particular, and 的 is its left edge. */
	static Candidate owned(String text, int suffixStart, int end, NameSuffixes.Suffix suffix, boolean[] place) {
		int owned = text.lastIndexOf('的', suffixStart - 1);
		return owned >= 2 && suffixStart - owned >= 3 && suffixStart - owned <= 8 && noBreak(text, owned + 1, suffixStart)
				&& (place[owned - 1] || "市县区".indexOf(text.charAt(owned - 1)) >= 0 && text.charAt(owned - 2) == '我')
						? new Candidate(owned + 1, end, suffix.type()) : null;
	}

	private static boolean parkOrProject(NameSuffixes.Suffix suffix) {
		return suffix.type() == EntityType.PARK || suffix.type() == EntityType.PROJECT;
	}

	/** Whether the list item starting at {@code from} ends with {@code ending} (before 、，。 or 等). */
	private static boolean nextItemEndsWith(String text, int from, String ending) {
		int k = from;
		while (k < text.length() && k - from <= NameLeftEdge.MAX_NAME && "、，。；：,;:（）()等和及".indexOf(text.charAt(k)) < 0) {
			k++;
		}
		return k - from > ending.length() + 1 && text.startsWith(ending, k - ending.length());
	}

	private static boolean noBreak(String text, int from, int to) {
		for (int k = from; k < to; k++) {
			if (CLAUSE_BREAK.indexOf(text.charAt(k)) >= 0 || "和及与等".indexOf(text.charAt(k)) >= 0) {
				return false;
			}
		}
		return true;
	}

}
