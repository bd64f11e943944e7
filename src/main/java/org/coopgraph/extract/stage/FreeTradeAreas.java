package org.coopgraph.extract.stage;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.coopgraph.extract.Mention;
import org.coopgraph.extract.gazetteer.Division;
import org.coopgraph.extract.gazetteer.DivisionGazetteer;
import org.coopgraph.extract.model.EntityType;
import org.coopgraph.extract.text.JoinedText;

/**
 * The areas (片区) of China's pilot free trade zones, however the text shortens them (中国（甲省）自由贸易试验区乙片区,
 * 甲省自贸试验区乙片区, 自贸试验区乙片区): each is named in the official form, 中国（甲）自由贸易试验区乙片区, the province taken
 * from the text or else from the place that names the area; the written form is an alias. Thread-safe.
 */
record FreeTradeAreas(DivisionGazetteer gazetteer) {

	static final String SOURCE = "free-trade-area";

	/** An optional 中国 and bracketed province, the zone in one of its written forms, and the area's own name. */
	private static final Pattern AREA = Pattern.compile(
			"(?:中国)?(?:[（(]([\\u4e00-\\u9fa5]{2,8})[）)])?(?:自由贸易试验区|自贸试验区|自贸区)([\\u4e00-\\u9fa5]{2,8}?)片区");

	/** The longest province name written bare before a zone (黑龙江省, 内蒙古). */
	private static final int MAX_PROVINCE = 4;

	/**
	 * Adds the free trade areas of {@code paragraph}, before any other name-ending rule reads their words, and marks
	 * their characters in {@code covered}.
	 */
	void find(JoinedText paragraph, List<Mention> found, boolean[] covered) {
		String text = paragraph.text();
		if (!text.contains("片区")) {
			return;
		}
		Matcher m = AREA.matcher(text);
		while (m.find()) {
			int start = m.start();
			Division province = m.group(1) == null ? null : province(m.group(1));
			if (m.group(1) == null) {
				// 浙江自贸试验区舟山片区: a province written bare right before the zone belongs to the name.
				for (int len = MAX_PROVINCE; len >= 2 && province == null; len--) {
					if (start - len >= 0 && (province = province(text.substring(start - len, start))) != null) {
						start -= len;
					}
				}
			}
			String area = m.group(2);
			if (province == null) {
				province = provinceOfPlace(area);
			}
			String name = province == null ? text.substring(start, m.end())
					: "中国（" + province.bareName() + "）自由贸易试验区" + area + "片区";
			found.add(new Mention(text.substring(start, m.end()), paragraph.offset(start), paragraph.endOffset(m.end()),
					EntityType.PARK, name, null, SOURCE));
			for (int k = start; k < m.end(); k++) {
				covered[k] = true;
			}
		}
	}

	/** Whether a mention of this rule covers {@code offset}. */
	static boolean covers(List<Mention> found, int offset) {
		return found.stream().anyMatch((m) -> SOURCE.equals(m.source()) && m.start() <= offset && offset < m.end());
	}

	/** The province written as {@code name} (浙江, 浙江省), or {@code null}. */
	private Division province(String name) {
		return this.gazetteer.lookup(name)
			.stream()
			.filter((d) -> d.level() == Division.Level.PROVINCE)
			.findFirst()
			.orElse(null);
	}

	/** The province of the city or county that the area's name opens with (乙市, 乙市某某), or {@code null}. */
	private Division provinceOfPlace(String area) {
		for (int len = Math.min(area.length(), 5); len >= 2; len--) {
			for (Division d : this.gazetteer.lookup(area.substring(0, len))) {
				if (d.level() == Division.Level.CITY || d.level() == Division.Level.COUNTY) {
					Division p = this.gazetteer.ancestor(d, Division.Level.PROVINCE);
					if (p != null) {
						return p;
					}
				}
			}
		}
		return null;
	}

}
