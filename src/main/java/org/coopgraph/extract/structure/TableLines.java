package org.coopgraph.extract.structure;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.coopgraph.extract.text.Compact;
import org.coopgraph.extract.text.TextLine;

/** What the lines of a table text are (a row number, a section heading) and which of them a table has read. */
final class TableLines {

	private static final Pattern ROW_NUMBER = Pattern.compile("(\\d{1,3})[.．、]?");

	private TableLines() {
	}

	/** The number of a row-number cell (12, 12., 12、), or -1. */
	static int rowNumber(String cell) {
		Matcher m = ROW_NUMBER.matcher(Compact.of(cell));
		return m.matches() ? Integer.parseInt(m.group(1)) : -1;
	}

	/** The number of a section heading (二、劳务协作), or -1. */
	static int sectionOf(String text) {
		if (text.isEmpty() || "一二三四五六七八九十".indexOf(text.charAt(0)) < 0) {
			return -1;
		}
		Matcher m = WorkPlanReader.SECTION.matcher(text);
		return m.matches() ? ChineseNumerals.value(m.group(1)) : -1;
	}

	/** Marks a section heading as read, once a row has followed it ({@code heading} -1: none). */
	static void claimHeading(List<TextLine> lines, int heading, boolean[] claimed) {
		if (heading >= 0) {
			claimed[lines.get(heading).index()] = true;
		}
	}

	/** Marks lines {@code from} to {@code to}, both included, as read by a table. */
	static void claim(List<TextLine> lines, int from, int to, boolean[] claimed) {
		for (int k = from; k <= to; k++) {
			claimed[lines.get(k).index()] = true;
		}
	}

}
