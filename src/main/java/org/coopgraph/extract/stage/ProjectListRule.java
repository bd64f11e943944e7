package org.coopgraph.extract.stage;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.coopgraph.extract.Mention;
import org.coopgraph.extract.gazetteer.NameSuffixes;
import org.coopgraph.extract.hanlp.HanlpSegmenter;
import org.coopgraph.extract.model.EntityType;
import org.coopgraph.extract.text.Compact;
import org.coopgraph.extract.text.Han;
import org.coopgraph.extract.text.JoinedText;

/**
 * X、Y和Z等项目: the items of a list that ends in 等项目 (等新建项目) are projects, parks among them, or what their ending
 * says (a firm, an institution). Thread-safe.
 */
record ProjectListRule(HanlpSegmenter segmenter, NameSuffixes suffixes, CandidateWords words) {

	private static final Pattern PROJECT_LIST = Pattern
		.compile("([^，。；：:（）()\\s][^，。；：:（）()]{1,79}?)等([\\u4e00-\\u9fa5]{0,3})项目");

	/** The end of a {@link #PROJECT_LIST} match, and how far before it the list can start. */
	private static final Pattern PROJECT_LIST_END = Pattern.compile("等[\\u4e00-\\u9fa5]{0,3}?项目");

	private static final int PROJECT_LIST_WINDOW = 81;

	/** 、 between numbers (7、8号机组) lists units of one item, not items. */
	private static final Pattern ITEM_SEPARATOR = Pattern.compile("(?<!\\d\\s{0,2})、(?!\\s{0,2}\\d)|和|及");

	void find(JoinedText paragraph, List<Mention> found) {
		String text = paragraph.text();
		if (text.indexOf('等') < 0) {
			return;
		}
		for (Matcher m : projectLists(text)) {
			String list = m.group(1);
			if (list.indexOf('、') < 0 && !list.contains("和") || namesFields(m.group(2))) {
				continue;
			}
			int base = m.start(1);
			Matcher sep = ITEM_SEPARATOR.matcher(list);
			int from = 0;
			List<int[]> items = new ArrayList<>();
			while (sep.find()) {
				items.add(new int[] { from, sep.start() });
				from = sep.end();
			}
			items.add(new int[] { from, list.length() });
			for (int k = 0; k < items.size(); k++) {
				int a = items.get(k)[0];
				int b = items.get(k)[1];
				if (k == 0) {
					a = afterLeadingVerbs(list, a, b);
				}
				String item = list.substring(a, b).strip();
				if (Han.count(item) < 3 || item.length() > 20 || this.words.genericMiddles().contains(item) || namesSectors(item)
						|| !Han.isHan(item.charAt(0)) && !(item.charAt(0) == '“' && item.indexOf('”') > 1)) {
					continue;
				}
				NameSuffixes.Suffix suffix = this.suffixes.suffixOf(item);
				// The list calls its items projects: a park ending there names a park being built (甲产业园、乙等项目).
				EntityType type = suffix == null || suffix.type() == EntityType.PARK ? EntityType.PROJECT : suffix.type();
				int start = base + a + (list.substring(a, b).length() - list.substring(a, b).stripLeading().length());
				found.add(new Mention(item, paragraph.offset(start), paragraph.endOffset(start + item.length()), type,
						Compact.of(item).replace("“", "").replace("”", ""), null, "project-list"));
			}
		}
	}

	/**
	 * 某地优势特色产业, 教育卫生文化: an item closing with a word of trade in general, or made only of sectors of work,
	 * names a field the money goes to, not a project.
	 */
	private boolean namesSectors(String item) {
		return this.words.tradeWords().stream().anyMatch(item::endsWith)
				|| GenericNames.madeOf(item, this.words.sectorWords());
	}

	/** 民政、教育等方面项目: the words between 等 and 项目 say the items are fields of work, not projects. */
	private boolean namesFields(String between) {
		return this.words.fieldWords().stream().anyMatch(between::endsWith);
	}

	/**
	 * The matches of {@link #PROJECT_LIST} in {@code text}, found the same as by scanning it whole but only tried in
	 * the window a list can occupy before each 等…项目: its lazy 80-character group otherwise costs a scan per start
	 * position of every paragraph.
	 */
	private static List<Matcher> projectLists(String text) {
		List<Matcher> found = new ArrayList<>();
		Matcher trigger = PROJECT_LIST_END.matcher(text);
		int from = 0;
		while (trigger.find()) {
			Matcher m = PROJECT_LIST.matcher(text);
			m.region(Math.max(from, trigger.start() - PROJECT_LIST_WINDOW), trigger.end());
			if (m.find()) {
				found.add(m);
				from = m.end();
			}
		}
		return found;
	}

	/** Where a list's first item starts once the verbs that open the clause (推进, 加快实施) are skipped. */
	private int afterLeadingVerbs(String list, int a, int b) {
		List<HanlpSegmenter.Token> tokens = this.segmenter.segment(list.substring(a, b));
		int pos = a;
		for (HanlpSegmenter.Token t : tokens) {
			String tag = t.tag();
			// Single characters HanLP calls verbs are often the first half of an unknown name (盛虹).
			boolean verb = tag.startsWith("v") && !tag.equals("vn") && t.word().length() >= 2;
			boolean opener = verb || tag.startsWith("d") || tag.startsWith("p") || tag.startsWith("c") || tag.startsWith("u")
					|| tag.startsWith("w") || this.words.leadingVerbs().contains(t.word()) || t.word().isBlank()
					// A row number of a task table (40 推进…) opens the cell, not the name.
					|| NameLeftEdge.isNumber(t.word()) && pos == a;
			if (!opener) {
				break;
			}
			pos = a + t.end();
		}
		return pos;
	}

}
