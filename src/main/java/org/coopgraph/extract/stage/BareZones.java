package org.coopgraph.extract.stage;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.coopgraph.extract.Mention;
import org.coopgraph.extract.gazetteer.Division;
import org.coopgraph.extract.hanlp.HanlpSegmenter;
import org.coopgraph.extract.model.EntityType;
import org.coopgraph.extract.text.Han;
import org.coopgraph.extract.text.JoinedText;

/**
 * Zones written without a place, which a reader takes from the document: a kind of zone a city has one of (综保区,
 * 自贸试验区, 高新区), written bare in a city's own document, is that city's (促进综保区发展 in a 甲市 plan names
 * 甲综保区); and a zone the state designates (国家某某示范区) is named by its designation. Either must open a clause or
 * follow the verb that governs it; written inside a body's name (自贸区管委会) it names the body's zone, not an entity.
 * Thread-safe.
 */
record BareZones(List<String> kinds, Set<String> leadingVerbs, Set<String> titleVerbs, List<String> bodyEndings,
		HanlpSegmenter segmenter) {

	static final String SOURCE = "bare-zone";

	/** 国家海洋经济发展示范区: a zone the state designates, with words of its own. */
	private static final Pattern NATIONAL = Pattern.compile("国家[\\u4e00-\\u9fa5]{4,12}?(?:示范区|试验区)");

	static BareZones of(CandidateWords words, HanlpSegmenter segmenter) {
		return new BareZones(words.bareZones(), words.leadingVerbs(), words.titleVerbs(), words.zoneBodyEndings(),
				segmenter);
	}

	/** Adds the bare zones of {@code paragraph}; {@code homeCity} may be null (then only designated zones are read). */
	void find(JoinedText paragraph, boolean[] place, Division homeCity, List<Mention> found) {
		String text = paragraph.text();
		if (homeCity != null) {
			String city = homeCity.name().length() > 2 && homeCity.name().endsWith("市")
					? homeCity.name().substring(0, homeCity.name().length() - 1) : homeCity.name();
			for (String kind : this.kinds) {
				for (int i = text.indexOf(kind); i >= 0; i = text.indexOf(kind, i + 1)) {
					int end = i + kind.length();
					if (opensOrIsGoverned(text, i, place) && !namesABody(text, end) && !continuesName(text, end)
							&& !claimed(found, paragraph.offset(i))) {
						found.add(new Mention(kind, paragraph.offset(i), paragraph.endOffset(end), EntityType.PARK,
								city + kind, null, SOURCE));
					}
				}
			}
		}
		Matcher m = NATIONAL.matcher(text);
		while (m.find()) {
			if (opensOrIsGoverned(text, m.start(), place) && !namesABody(text, m.end()) && !afterTitleVerb(text, m.start())
					&& !stateActs(m.group())) {
				found.add(new Mention(m.group(), paragraph.offset(m.start()), paragraph.endOffset(m.end()), EntityType.PARK,
						m.group(), null, SOURCE));
			}
		}
	}

	/**
	 * Whether a zone listed after a place ({@link ListedZones}) already names the span (it is that place's city's), or
	 * a free trade area ({@link FreeTradeAreas}) holds it.
	 */
	private static boolean claimed(List<Mention> found, int start) {
		return found.stream().anyMatch((m) -> m.start() == start && ListedZones.SOURCE.equals(m.source()))
				|| FreeTradeAreas.covers(found, start);
	}

	/** Whether a name at {@code i} opens a clause or follows a verb that governs it, rather than another name's words. */
	private boolean opensOrIsGoverned(String text, int i, boolean[] place) {
		if (i == 0 || !Han.isHan(text.charAt(i - 1))) {
			return true;
		}
		if (place[i - 1]) {
			return false;
		}
		return i >= 2 && this.leadingVerbs.contains(text.substring(i - 2, i));
	}

	/** 国家印发某某示范区方案: the state is the subject of a verb, not the first word of a zone's name. */
	private boolean stateActs(String name) {
		List<HanlpSegmenter.Token> tokens = this.segmenter.segment(name.substring(2));
		return !tokens.isEmpty() && tokens.get(0).tag().startsWith("v") && !tokens.get(0).tag().equals("vn");
	}

	/** 创建国家某某示范区: a title competed for, not a zone that exists. */
	private boolean afterTitleVerb(String text, int i) {
		return this.titleVerbs.stream().anyMatch((v) -> i >= v.length() && text.startsWith(v, i - v.length()));
	}

	private boolean namesABody(String text, int end) {
		return this.bodyEndings.stream().anyMatch((e) -> text.startsWith(e, end)) || text.startsWith("领导小组", end)
				|| text.startsWith("办公室", end);
	}

	/** 综保区片区, 高新区管理办: more name follows, so this is not the bare kind. */
	private static boolean continuesName(String text, int end) {
		return end < text.length() && "片分园港".indexOf(text.charAt(end)) >= 0;
	}

}
