package org.coopgraph.extract.stage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import org.coopgraph.extract.DocumentContext;
import org.coopgraph.extract.Extraction;
import org.coopgraph.extract.Mention;
import org.coopgraph.extract.Slot;
import org.coopgraph.extract.Stage;
import org.coopgraph.extract.gazetteer.Division;
import org.coopgraph.extract.gazetteer.NameSuffixes;
import org.coopgraph.extract.model.EntityType;
import org.coopgraph.extract.structure.RawTask;
import org.coopgraph.extract.text.Compact;
import org.coopgraph.extract.text.Han;
import org.coopgraph.extract.text.JoinedText;

/**
 * Names that a task's progress notes use as labels. Task tables report progress item by item, each note headed by the
 * item it is about (任务: 推进东湖大桥、西山隧道建设 → 进度: 东湖大桥：完成桩基。西山隧道：完成选线。); a label that
 * repeats words of its own task's text is one of the task's named items. Its type comes from its ending, else it is a
 * project. A label opened by 省 or 市 takes the home province or city. Labels inside a span already claimed (a body, a
 * place) are left alone. Stateless and thread-safe.
 */
public final class ProgressLabelStage implements Stage {

	static final String SOURCE = "progress-label";

	/** A short head at the start of a clause, ended by a colon. */
	private static final Pattern LABEL = Pattern
		.compile("(?:^|[。；;])\\s*([\\u4e00-\\u9fa5“][^，,。；;：:、（）()\\s]{1,15}?(?:\\s[^，,。；;：:、（）()\\s]{1,8})?)[：:]");

	/** Labels that head a kind of work, not an item (机构设置, 资金保障). */
	private static final Set<String> WORK_HEADS = Set.of("机构设置", "资金保障", "工作进展", "项目进展", "主要任务", "工作目标", "一季度",
			"二季度", "三季度", "四季度", "全年");

	/**
	 * Endings of built things (roads, squares, districts, plants, phases); a label ending otherwise heads a kind of
	 * work (留白增绿, 片区整治) or an event.
	 */
	private static final Pattern FACILITY_ENDING = Pattern
		.compile(".*(高速|公路|大道|路|大桥|桥|隧道|广场|片区|公园|园|小镇|景区|索道|中心|[一二三四五六七八九十]期|工程|项目|码头|航道|港|站|厂|馆|场|基地|室|院|所|线|机组|船)$");

	/** How far after a task's text its notes may run when no other task follows. */
	private static final int LAST_ROW_CHARS = 1500;

	private final NameSuffixes suffixes;

	public ProgressLabelStage(NameSuffixes suffixes) {
		this.suffixes = suffixes;
	}

	@Override
	public Extraction apply(Extraction in) {
		List<RawTask> tasks = new ArrayList<>(in.rawTasks());
		if (tasks.isEmpty()) {
			return in;
		}
		tasks.sort(Comparator.comparingInt(RawTask::start));
		List<Mention> claimed = new ArrayList<>(in.places());
		claimed.addAll(in.mentions());
		List<Mention> found = new ArrayList<>(in.mentions());
		List<JoinedText> paragraphs = in.text().paragraphs();
		int p = 0;
		// A paragraph holding many rows is read for each of them: find its labels once.
		List<List<MatchResult>> labels = new ArrayList<>(Collections.nCopies(paragraphs.size(), null));
		for (int i = 0; i < tasks.size(); i++) {
			RawTask t = tasks.get(i);
			// A table row's span runs over its progress cells; a plan item's notes run up to the next item.
			int rowEnd = Math.max(t.end(), i + 1 < tasks.size() ? tasks.get(i + 1).start() : t.end() + LAST_ROW_CHARS);
			String taskText = Compact.of(t.text());
			while (p < paragraphs.size() && paragraphs.get(p).endOffset(paragraphs.get(p).length()) <= t.start()) {
				p++;
			}
			for (int k = p; k < paragraphs.size() && paragraphs.get(k).offset(0) < rowEnd; k++) {
				JoinedText paragraph = paragraphs.get(k);
				if (labels.get(k) == null) {
					labels.set(k, labels(paragraph.text()));
				}
				for (MatchResult m : labels.get(k)) {
					int start = paragraph.offset(m.start(1));
					int end = paragraph.endOffset(m.end(1));
					if (start < t.start() || start >= rowEnd) {
						continue;
					}
					String surface = Compact.of(m.group(1));
					String name = label(surface, taskText, in.context());
					if (name == null || covered(claimed, start, end)) {
						continue;
					}
					NameSuffixes.Suffix suffix = this.suffixes.suffixOf(surface);
					EntityType type = suffix == null ? EntityType.PROJECT : suffix.type();
					found.add(new Mention(surface, start, end, type, name, null, SOURCE));
				}
			}
		}
		found.sort(Comparator.comparingInt(Mention::start));
		return in.withMentions(List.copyOf(found));
	}

	private static List<MatchResult> labels(String paragraph) {
		if (paragraph.indexOf('：') < 0 && paragraph.indexOf(':') < 0) {
			return List.of();
		}
		return LABEL.matcher(paragraph).results().toList();
	}

	/** The canonical name of a label, or {@code null} when it is not an item of its task. */
	private static String label(String surface, String taskText, DocumentContext context) {
		String bare = surface.replace("“", "").replace("”", "");
		long han = Han.count(bare);
		if (han < 3 || WORK_HEADS.contains(bare) || !FACILITY_ENDING.matcher(bare).matches() || !namedAsItem(taskText, surface) && !namedAsItem(taskText, bare)) {
			return null;
		}
		char level = bare.charAt(0);
		if (level == '市' || level == '省') {
			Division place = level == '市' ? context.homeCity() : context.homeProvince();
			return place == null ? null : place.name() + bare.substring(1);
		}
		return bare;
	}

	/** Whether the task's text names {@code label} other than as a label of its own (科研创新：推进…). */
	private static boolean namedAsItem(String taskText, String label) {
		for (int at = taskText.indexOf(label); at >= 0; at = taskText.indexOf(label, at + 1)) {
			int after = at + label.length();
			if (after >= taskText.length() || taskText.charAt(after) != '：' && taskText.charAt(after) != ':') {
				return true;
			}
		}
		return false;
	}

	private static boolean covered(List<Mention> claimed, int start, int end) {
		for (Mention c : claimed) {
			if (c.start() <= start && end <= c.end()) {
				return true;
			}
		}
		return false;
	}

	@Override
	public Set<Slot> requires() {
		return Set.of(Slot.TEXT, Slot.STRUCTURE, Slot.PLACES, Slot.CONTEXT, Slot.MENTIONS);
	}

	@Override
	public Set<Slot> provides() {
		return Set.of(Slot.MENTIONS);
	}

}
