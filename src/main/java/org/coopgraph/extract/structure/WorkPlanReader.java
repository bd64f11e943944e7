package org.coopgraph.extract.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.coopgraph.extract.text.DocumentText;
import org.coopgraph.extract.text.JoinedText;
import org.coopgraph.extract.text.TextLine;

/**
 * Reads numbered work plans: sections 一、, sub-sections （一）, items 1． (or （1） where a section numbers its items so)
 * with wrapped lines, each item usually ending in a responsibility clause. Numbers must run in sequence, which keeps
 * stray numbers in wrapped text from starting items. An item is numbered within its section (id {@code 2.5}) unless the document numbers its items on across
 * sections (一、1. 2. 二、3. 4.); then each item keeps its own number as its id. Stateless and thread-safe.
 */
public final class WorkPlanReader {

	static final Pattern SECTION = Pattern.compile("^([一二三四五六七八九十]{1,3})\\s*[、．.]\\s*(.*)$");

	static final Pattern SUBSECTION = Pattern.compile("^[（(]([一二三四五六七八九十]{1,3})[）)]\\s*(.*)$");

	private static final Pattern ITEM = Pattern.compile("^(\\d{1,2})\\s*[．.、](?![\\d．.])\\s*(.*)$");

	/** Items numbered in brackets, （1） or 1）: the item level where a section has no 1. items. */
	private static final Pattern BRACKETED_ITEM = Pattern.compile("^[（(]?(\\d{1,2})[）)]\\s*(.*)$");

	private static final Pattern STOP = Pattern.compile("^(附件|附表)\\s*\\d*\\s*[：:]?.*");

	/** Sub-section headings this short, standing alone on their line, are titles rather than task text. */
	private static final int SHORT_HEADING = 16;

	private final Predicate<String> looksLikeUnit;

	/** {@code looksLikeUnit} tells a closing bracket of units (（市发改委、市财政局）) from any other bracket. */
	public WorkPlanReader(Predicate<String> looksLikeUnit) {
		this.looksLikeUnit = looksLikeUnit;
	}

	/** Tasks of the plan; lines flagged in {@code claimed} belong to tables and end any open item. */
	public List<RawTask> read(DocumentText doc, List<TextLine> lines, boolean[] claimed) {
		List<Numbered> tasks = new ArrayList<>();
		int section = 0;
		int sub = 0;
		int item = 0;
		int lastItem = 0;
		boolean numberedOn = false;
		boolean subHasItems = false;
		Pattern itemStyle = null;
		Block block = null;
		for (TextLine line : lines) {
			if (line.boilerplate()) {
				continue;
			}
			if (claimed[line.index()]) {
				close(doc, block, tasks);
				block = null;
				continue;
			}
			String t = line.trimmed();
			Matcher m;
			if (STOP.matcher(t).matches()) {
				close(doc, block, tasks);
				block = null;
				break;
			}
			if ((m = SECTION.matcher(t)).matches()
					&& (section == 0 && ChineseNumerals.value(m.group(1)) > 0 || follows(ChineseNumerals.value(m.group(1)), section))) {
				close(doc, block, tasks);
				block = null;
				section = ChineseNumerals.value(m.group(1));
				sub = 0;
				item = 0;
				subHasItems = false;
				itemStyle = null;
			}
			else if ((m = SUBSECTION.matcher(t)).matches() && follows(ChineseNumerals.value(m.group(1)), sub)) {
				close(doc, block, tasks);
				sub = ChineseNumerals.value(m.group(1));
				item = 0;
				subHasItems = false;
				itemStyle = null;
				block = new Block(id(section, sub, 0), SUBSECTION, m.group(2).length() <= SHORT_HEADING
						&& !m.group(2).contains("。") && !m.group(2).contains("（责任"), 0);
				block.lines.add(line);
			}
			else if ((m = item(t, itemStyle)) != null && (follows(Integer.parseInt(m.group(1)), item)
					|| continuesAcrossSections(Integer.parseInt(m.group(1)), item, lastItem))) {
				itemStyle = m.pattern();
				if (block != null && block.subsection) {
					// The sub-section heading only introduced its items; it is no task of its own.
					block = null;
				}
				close(doc, block, tasks);
				int value = Integer.parseInt(m.group(1));
				numberedOn |= value > 1 && continuesAcrossSections(value, item, lastItem);
				item = value;
				lastItem = item;
				subHasItems = true;
				block = new Block(id(section, sub, item), itemStyle, false, item);
				block.lines.add(line);
			}
			else if (block != null) {
				block.lines.add(line);
			}
		}
		close(doc, block, tasks);
		boolean ownNumbers = numberedOn;
		boolean news = tasks.stream().allMatch(WorkPlanReader::withoutUnitsOrDeadline)
				&& tasks.stream().anyMatch(Numbered::reportHeading);
		return tasks.stream()
			.filter((n) -> !(news && n.reportHeading()))
			.map((n) -> ownNumbers && n.item() > 0 ? n.task().withId(String.valueOf(n.item())) : n.task())
			.toList();
	}

	/**
	 * The item marker opening {@code t} in the section's item style, or in either style before the section's first
	 * item; {@code null} when there is none. A section numbers its items one way (1． or （1）), so once it has, lines
	 * opening with the other are points inside an item.
	 */
	private static Matcher item(String t, Pattern style) {
		for (Pattern p : style == null ? List.of(ITEM, BRACKETED_ITEM) : List.of(style)) {
			Matcher m = p.matcher(t);
			if (m.matches()) {
				return m;
			}
		}
		return null;
	}

	private static boolean follows(int value, int previous) {
		return value > 0 && (value == previous + 1 || value == 1);
	}

	/** The first item of a section that goes on from the last item of the section before it. */
	private static boolean continuesAcrossSections(int value, int item, int lastItem) {
		return item == 0 && lastItem > 0 && value == lastItem + 1;
	}

	private static String id(int section, int sub, int item) {
		StringBuilder sb = new StringBuilder();
		if (section > 0) {
			sb.append(section);
		}
		for (int part : new int[] { sub, item }) {
			if (part > 0) {
				sb.append(sb.isEmpty() ? "" : ".").append(part);
			}
		}
		return sb.toString();
	}

	private void close(DocumentText doc, Block block, List<Numbered> tasks) {
		if (block == null || block.id.isEmpty()) {
			return;
		}
		List<TextLine> lines = block.lines;
		if (block.subsection && block.titleOnly) {
			if (lines.size() < 2) {
				return;
			}
			lines = lines.subList(1, lines.size());
		}
		JoinedText joined = JoinedText.of(lines, (char) 0);
		String s = joined.text();
		int from = 0;
		Matcher m = block.marker.matcher(s);
		if (!(block.subsection && block.titleOnly) && m.lookingAt()) {
			from = m.start(2);
		}
		ResponsibilityClause clause = ResponsibilityClause.find(joined, this.looksLikeUnit);
		if (clause == null) {
			clause = ResponsibilityClause.trailingUnits(joined, this.looksLikeUnit);
		}
		int to = clause == null ? s.length() : clause.start();
		if (block.subsection && clause == null && !looksLikeTaskParagraph(s.substring(from))) {
			return;
		}
		String text = s.substring(from, Math.max(from, to)).strip().replaceAll("[。；;，,\\s]+$", "");
		if (text.isEmpty()) {
			return;
		}
		tasks.add(new Numbered(new RawTask(block.id, text, clause == null ? List.of() : clause.lead(),
				clause == null ? List.of() : clause.co(), clause == null ? List.of() : clause.other(),
				clause == null ? "" : clause.deadline(), joined.offset(from), joined.offset(s.length()), "work-plan"),
				block.item, clause == null && reportHeading(block.lines, block.marker)));
	}

	/**
	 * Whether an item is the heading of a news report's paragraph (1、某区推进园区建设 on its own line, then 5月8日，…
	 * 举行): a short line without a full stop, and after it lines that report a dated event or name a reporter. Such
	 * items are no tasks when nothing in the document gives a unit or a deadline.
	 */
	private static boolean reportHeading(List<TextLine> lines, Pattern marker) {
		if (lines.size() < 2) {
			return false;
		}
		Matcher m = marker.matcher(lines.get(0).trimmed());
		String heading = m.matches() ? m.group(2) : lines.get(0).trimmed();
		if (heading.length() > REPORT_HEADING || heading.isEmpty() || heading.matches(".*[。；;：:].*")) {
			return false;
		}
		for (TextLine line : lines.subList(1, lines.size())) {
			if (REPORTED_EVENT.matcher(line.text()).find()) {
				return true;
			}
		}
		return false;
	}

	private static boolean withoutUnitsOrDeadline(Numbered n) {
		RawTask t = n.task();
		return t.lead().isEmpty() && t.co().isEmpty() && t.other().isEmpty() && t.deadline().isEmpty();
	}

	/** Headings of news paragraphs are about this short at most. */
	private static final int REPORT_HEADING = 30;

	/** A dated event (5月8日上午, 2023年5月8日，) rather than a deadline (6月30日前), or a reporter. */
	private static final Pattern REPORTED_EVENT = Pattern
		.compile("\\d{1,2}月\\d{1,2}日(?![前止以之起]|\\d)|记者|日电");

	/** A sub-section without items is a task when it says what to do in at least one full sentence. */
	private static boolean looksLikeTaskParagraph(String s) {
		return s.length() >= 20 && s.contains("。");
	}

	/**
	 * A task with its item number (0 for a sub-section's own task) and whether its item reads as a news paragraph's
	 * heading ({@link #reportHeading}).
	 */
	private record Numbered(RawTask task, int item, boolean reportHeading) {
	}

	private static final class Block {

		final String id;

		final boolean subsection;

		/** The pattern of the line opening the block, whose group 2 starts its text. */
		final Pattern marker;

		final boolean titleOnly;

		final int item;

		final List<TextLine> lines = new ArrayList<>();

		Block(String id, Pattern marker, boolean titleOnly, int item) {
			this.id = id;
			this.subsection = marker == SUBSECTION;
			this.marker = marker;
			this.titleOnly = titleOnly;
			this.item = item;
		}

	}

}
