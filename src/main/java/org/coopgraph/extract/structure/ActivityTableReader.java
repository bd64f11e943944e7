package org.coopgraph.extract.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.coopgraph.extract.text.Compact;
import org.coopgraph.extract.text.TextLine;

/**
 * Reads activity tables (部门 / 工作要点 / 具体内容 / 拟推进时间) where each row lists cells one per line, rows are separated
 * by blank lines and an empty first cell repeats the unit above. Each row is a task of that unit with id
 * {@code A.<unit>.<n>}. Stateless and thread-safe.
 */
public final class ActivityTableReader {

	private static final int MAX_HEADER_CELL = 10;

	private static final int MAX_UNIT = 20;

	private static final int MAX_HEADER_CELLS = 8;

	/** Rows of every activity table in {@code lines}; marks the lines it reads in {@code claimed}. */
	public List<RawTask> read(List<TextLine> lines, boolean[] claimed) {
		List<RawTask> tasks = new ArrayList<>();
		Map<String, Integer> counters = new HashMap<>();
		String unit = null;
		int unitStart = -1;
		int columns = 0;
		int i = 0;
		while (i < lines.size()) {
			int header = headerLength(lines, i);
			if (header > 0) {
				columns = header;
				for (int k = i; k < i + header; k++) {
					claimed[lines.get(k).index()] = true;
				}
				i += header;
				continue;
			}
			if (columns == 0 || separates(lines.get(i)) || lines.get(i).boilerplate()) {
				i++;
				continue;
			}
			List<TextLine> block = new ArrayList<>();
			while (i < lines.size() && !separates(lines.get(i)) && headerLength(lines, i) == 0) {
				block.add(lines.get(i));
				claimed[lines.get(i).index()] = true;
				i++;
			}
			List<TextLine> cells = cells(block);
			if (cells.size() < columns - 1) {
				continue;
			}
			String first = Compact.of(cells.get(0).trimmed());
			if (first.length() > MAX_UNIT) {
				continue;
			}
			if (!first.isEmpty()) {
				unit = first;
				unitStart = cells.get(0).start() + cells.get(0).text().indexOf(cells.get(0).trimmed().charAt(0));
			}
			if (unit == null) {
				continue;
			}
			TextLine content = cells.get(Math.min(2, columns - 2));
			String text = content.trimmed();
			String deadline = cells.size() > columns - 1 ? cells.get(columns - 1).trimmed() : "";
			if (text.isEmpty()) {
				continue;
			}
			int n = counters.merge(unit, 1, Integer::sum);
			int start = content.start() + Math.max(0, content.text().indexOf(text));
			tasks.add(new RawTask("A." + unit + "." + n, text, List.of(), List.of(),
					List.of(new UnitRef(unit, unitStart)), deadline, start, start + text.length(), "activity-table"));
		}
		return tasks;
	}

	/** A blank line ends a row, except a lone tab, which is an empty cell. */
	private static boolean separates(TextLine line) {
		return line.isBlank() && !line.text().startsWith("\t");
	}

	/** A tab-indented line starts a cell; other lines continue the cell above. Untabbed tables: one line per cell. */
	private static List<TextLine> cells(List<TextLine> block) {
		boolean tabbed = block.stream().anyMatch((l) -> l.text().startsWith("\t"));
		if (!tabbed) {
			return block;
		}
		List<TextLine> cells = new ArrayList<>();
		for (TextLine l : block) {
			if (l.text().startsWith("\t") || cells.isEmpty()) {
				cells.add(l);
			}
			else {
				TextLine prev = cells.remove(cells.size() - 1);
				cells.add(new TextLine(prev.index(), prev.start(), l.end(), prev.text() + l.text(), false));
			}
		}
		return cells;
	}

	/** Number of header cells if an activity-table header starts at {@code i}, else 0. */
	private static int headerLength(List<TextLine> lines, int i) {
		String first = lines.get(i).text();
		if (first.length() > 2 * MAX_HEADER_CELL || first.indexOf('部') < 0 && first.indexOf('单') < 0
				&& first.indexOf('镇') < 0 && first.indexOf('责') < 0) {
			return 0;
		}
		int k = i;
		boolean unit = false;
		boolean content = false;
		boolean time = false;
		while (k < lines.size() && k < i + MAX_HEADER_CELLS && !lines.get(k).isBlank()) {
			String c = Compact.of(lines.get(k).trimmed());
			if (c.length() > MAX_HEADER_CELL) {
				return 0;
			}
			if (k == i) {
				unit = c.contains("部门") || c.contains("单位") || c.equals("镇区") || c.contains("责任");
			}
			content |= c.contains("内容") || c.contains("要点") || c.contains("措施");
			time |= c.contains("时间") || c.contains("时限");
			k++;
		}
		int n = k - i;
		return unit && content && time && n >= 3 ? n : 0;
	}

}
