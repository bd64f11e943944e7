package org.coopgraph.extract.structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.coopgraph.extract.text.Compact;
import org.coopgraph.extract.text.Han;
import org.coopgraph.extract.text.JoinedText;
import org.coopgraph.extract.text.TextLine;

/**
 * Reads task tables extracted from PDF text: a header with 序号 and 牵头单位/责任单位 columns (repeated on every page),
 * numbered rows whose cells wrap across lines, and the lead and co-responsible units in the last cells. A row's id is
 * its number. Stateless and thread-safe.
 */
public final class TaskTableReader {

	private static final Pattern ROW = Pattern.compile("^(\\d{1,3})(?:\\s+(.*))?$");

	private static final char CELL = '\n';

	private static final Pattern LIST_SEPARATOR = Pattern.compile("[、，,；;]");

	/** The distribution footer (抄送, 印发) that closes an official document after its last table. */
	private static final Pattern END = Pattern.compile("^(抄送|主送|印发|附件)[：:\\s].*|.*\\d+日\\s*印发\\s*$");

	private final TableHeaders headers;

	private final Predicate<String> looksLikeUnit;

	/** {@code looksLikeUnit} tells a unit name from progress text in the last cells. */
	public TaskTableReader(TableHeaders headers, Predicate<String> looksLikeUnit) {
		this.headers = headers;
		this.looksLikeUnit = looksLikeUnit;
	}

	/** Rows of every task table in {@code lines}; marks the lines it reads in {@code claimed}. */
	public List<RawTask> read(List<TextLine> lines, boolean[] claimed) {
		List<RawTask> tasks = new ArrayList<>();
		int i = 0;
		while (i < lines.size()) {
			int headerEnd = claimed[lines.get(i).index()] ? -1 : headerEndingAfter(lines, i);
			if (headerEnd < 0) {
				i++;
				continue;
			}
			i = readTable(lines, headerEnd + 1, claimed, tasks, i);
		}
		return tasks;
	}

	/** If a table header starts at {@code i}, the index of its last line; otherwise -1. */
	private int headerEndingAfter(List<TextLine> lines, int i) {
		if (lines.get(i).text().indexOf('序') < 0) {
			return -1;
		}
		String t = Compact.of(lines.get(i).trimmed());
		if (!t.startsWith("序号") || lines.get(i).boilerplate()) {
			return -1;
		}
		for (int j = i; j < Math.min(lines.size(), i + 8); j++) {
			String h = Compact.of(lines.get(j).trimmed());
			if (this.headers.namesUnitColumn(h)) {
				return j;
			}
		}
		return -1;
	}

	private int readTable(List<TextLine> lines, int from, boolean[] claimed, List<RawTask> tasks, int headerStart) {
		for (int k = headerStart; k < from; k++) {
			claimed[lines.get(k).index()] = true;
		}
		int expected = 1;
		List<TextLine> row = null;
		String rowId = null;
		boolean previousBlank = true;
		int i = from;
		for (; i < lines.size(); i++) {
			TextLine line = lines.get(i);
			if (line.boilerplate()) {
				continue;
			}
			String t = line.trimmed();
			int headerEnd = headerEndingAfter(lines, i);
			if (headerEnd >= 0) {
				emit(row, rowId, tasks);
				row = null;
				for (int k = i; k <= headerEnd; k++) {
					claimed[lines.get(k).index()] = true;
				}
				i = headerEnd;
				previousBlank = true;
				continue;
			}
			if (isEnd(t)) {
				break;
			}
			claimed[line.index()] = true;
			Matcher m = ROW.matcher(t);
			if (previousBlank && m.matches() && Integer.parseInt(m.group(1)) == expected) {
				emit(row, rowId, tasks);
				rowId = m.group(1);
				expected++;
				row = new ArrayList<>();
				row.add(line);
			}
			else if (heading(t)) {
				emit(row, rowId, tasks);
				row = null;
			}
			else if (row != null) {
				row.add(line);
			}
			// A row number follows a blank line or a line ending at a cell edge (trailing space in PDF text).
			previousBlank = t.isEmpty() || Character.isWhitespace(line.text().charAt(line.text().length() - 1))
					|| heading(t);
		}
		emit(row, rowId, tasks);
		return i;
	}

	/** Section and sub-section headings open with a numeral or a bracket; other lines skip both matchers. */
	private static boolean heading(String line) {
		return !line.isEmpty() && "一二三四五六七八九十（(".indexOf(line.charAt(0)) >= 0
				&& (WorkPlanReader.SECTION.matcher(line).matches() || WorkPlanReader.SUBSECTION.matcher(line).matches());
	}

	/**
	 * Whether the line is the footer. {@link #END} needs 印发 or one of its opening words, so lines without them skip
	 * its leading {@code .*}, which backtracks over every character of every row.
	 */
	private static boolean isEnd(String line) {
		boolean candidate = line.contains("印发") || line.startsWith("抄送") || line.startsWith("主送") || line.startsWith("附件");
		return candidate && END.matcher(line).matches();
	}

	private void emit(List<TextLine> row, String id, List<RawTask> tasks) {
		if (row == null || row.isEmpty()) {
			return;
		}
		JoinedText joined = JoinedText.of(row, CELL);
		String s = joined.text();
		Matcher m = ROW.matcher(s.contains("\n") ? s.substring(0, s.indexOf('\n')) : s);
		int textStart = m.matches() && m.group(2) != null ? m.start(2) : firstCellStart(s);
		int textEnd = firstCellEnd(s, textStart);
		String text = s.substring(textStart, textEnd).strip();
		List<String> cells = new ArrayList<>();
		List<Integer> starts = new ArrayList<>();
		int tailFrom = Math.max(textEnd, s.lastIndexOf('。') + 1);
		splitCells(s, tailFrom, cells, starts);
		int firstUnitCell = -1;
		for (int c = 0; c < cells.size(); c++) {
			if (UnitList.namesOnlyUnits(cells.get(c), this.looksLikeUnit)) {
				firstUnitCell = c;
				break;
			}
			firstUnitCell = -1;
		}
		List<UnitRef> lead = new ArrayList<>();
		List<UnitRef> co = new ArrayList<>();
		if (firstUnitCell >= 0) {
			int a = starts.get(firstUnitCell);
			lead.addAll(UnitList.split(joined, a, a + cells.get(firstUnitCell).length(), false));
			for (int c = firstUnitCell + 1; c < cells.size(); c++) {
				if (!mostlyUnits(cells.get(c))) {
					continue;
				}
				int b = starts.get(c);
				co.addAll(UnitList.split(joined, b, b + cells.get(c).length(), false));
			}
		}
		if (text.isEmpty()) {
			return;
		}
		tasks.add(new RawTask(id, text, lead, co, List.of(), "", joined.offset(textStart), joined.offset(s.length()),
				"task-table"));
	}

	private static int firstCellStart(String s) {
		int nl = s.indexOf(CELL);
		return nl < 0 ? s.length() : nl + 1;
	}

	/** The task text cell ends at a cell edge, or where 。 is followed by a space (the next cell on the same line). */
	private static int firstCellEnd(String s, int from) {
		int edge = s.indexOf(CELL, from);
		if (edge < 0) {
			edge = s.length();
		}
		for (int i = from; i < edge - 1; i++) {
			if (s.charAt(i) == '。' && Character.isWhitespace(s.charAt(i + 1))) {
				return i + 1;
			}
		}
		return edge;
	}

	/**
	 * Cells after {@code from}: separated by cell edges and by spaces; a lone character joins the next word, as PDF
	 * text spaces out the characters of one name ("市 12345公共服务中心", "市 发 改委"), and a bare body ending joins
	 * the word before it ("市自贸区 / 管委会").
	 */
	private static void splitCells(String s, int from, List<String> cells, List<Integer> starts) {
		int i = from;
		while (i < s.length()) {
			while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
				i++;
			}
			int j = i;
			while (j < s.length() && !Character.isWhitespace(s.charAt(j))) {
				j++;
			}
			if (j > i) {
				int word = i;
				while (j - word == 1 && Han.isHan(s.charAt(word)) && j < s.length()) {
					// Only a lone 市 or 县 runs on across a cell edge (市 / 12345公共服务中心).
					boolean level = s.charAt(word) == '市' || s.charAt(word) == '县';
					int k = j;
					while (k < s.length() && Character.isWhitespace(s.charAt(k)) && (level || s.charAt(k) != CELL)) {
						k++;
					}
					if (k == j || k >= s.length() || Character.isWhitespace(s.charAt(k))) {
						break;
					}
					word = k;
					j = k;
					while (j < s.length() && !Character.isWhitespace(s.charAt(j))) {
						j++;
					}
				}
				String cell = s.substring(i, j);
				int last = cells.size() - 1;
				if (last >= 0 && UnitList.closesUnit(cells.get(last), cell)) {
					// A wrapped unit (市自贸区 / 管委会): the bare ending closes the cell before it.
					cells.set(last, s.substring(starts.get(last), j));
				}
				else {
					cells.add(cell);
					starts.add(i);
				}
			}
			i = j;
		}
	}

	/** Co-responsible cells tolerate a stray token (an unbalanced bracket, a wrapped fragment). */
	private boolean mostlyUnits(String cell) {
		String[] parts = LIST_SEPARATOR.split(cell);
		long units = Arrays.stream(parts)
			.map((p) -> Compact.of(p).replace("）", "").replace(")", ""))
			.filter((p) -> !p.isEmpty() && this.looksLikeUnit.test(p))
			.count();
		return units * 2 >= parts.length && units > 0;
	}

}
