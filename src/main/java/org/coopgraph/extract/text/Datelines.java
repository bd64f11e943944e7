package org.coopgraph.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The datelines that open news items (新华社甲市5月8日电, 本报甲市讯, 某某日报讯): where the outlet filed the
 * report from, which the report is not about. A place written only there is no entity of the document. Immutable.
 */
public final class Datelines {

	/** An outlet and place, a date and the filing word: 新华社甲市5月8日电, 某某网甲市5月8日消息. */
	private static final Pattern DATED = Pattern
		.compile("[【\\[]?[\\u4e00-\\u9fa5]{2,14}?\\s*(?:\\d{4}年)?\\d{1,2}月\\d{1,2}日\\s*(?:专电|电|讯|消息)");

	/** An outlet's news flash without a date: 本报讯, 某某日报讯, followed by a space, a bracket or nothing. */
	private static final Pattern UNDATED = Pattern.compile("[【\\[]?[\\u4e00-\\u9fa5]{2,10}讯(?=[\\s（(【]|$)");

	/** Datelines stand within this many characters of their line's start; the test skips longer searches. */
	private static final int REACH = 24;

	private static final Datelines NONE = new Datelines(new int[0]);

	/** Start and end offsets of each dateline, in pairs, in text order. */
	private final int[] spans;

	private Datelines(int[] spans) {
		this.spans = spans;
	}

	/** The datelines that open lines of {@code text} (boilerplate lines are left out). */
	public static Datelines of(DocumentText text) {
		List<int[]> found = new ArrayList<>();
		for (TextLine line : text.lines()) {
			if (line.boilerplate() || line.isBlank()) {
				continue;
			}
			int from = line.contentStart();
			String head = line.text().substring(from, Math.min(line.text().length(), from + REACH));
			if (head.indexOf('电') < 0 && head.indexOf('讯') < 0 && !head.contains("消息")) {
				continue;
			}
			for (Pattern p : List.of(DATED, UNDATED)) {
				Matcher m = p.matcher(head);
				if (m.lookingAt()) {
					found.add(new int[] { line.start() + from, line.start() + from + m.end() });
					break;
				}
			}
		}
		if (found.isEmpty()) {
			return NONE;
		}
		int[] spans = new int[found.size() * 2];
		for (int i = 0; i < found.size(); i++) {
			spans[2 * i] = found.get(i)[0];
			spans[2 * i + 1] = found.get(i)[1];
		}
		return new Datelines(spans);
	}

	/** Whether {@code [start, end)} lies inside a dateline. */
	public boolean cover(int start, int end) {
		for (int i = 0; i < this.spans.length; i += 2) {
			if (start >= this.spans[i] && end <= this.spans[i + 1]) {
				return true;
			}
		}
		return false;
	}

}
