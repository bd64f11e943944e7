package org.coopgraph.extract.stage;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.coopgraph.extract.Mention;
import org.coopgraph.extract.gazetteer.Division;
import org.coopgraph.extract.gazetteer.DivisionGazetteer;
import org.coopgraph.extract.model.EntityType;
import org.coopgraph.extract.text.Han;
import org.coopgraph.extract.text.JoinedText;

/**
 * A zone written bare as the next member of a list after a city or county (宝鸡市渭滨区、高新区帮扶…; 甲市、经开区): the
 * members of a list share what the first one is written with, as 吴忠市盐池县、同心县 puts 同心县 in 吴忠市, so the zone
 * is that city's and is named with it (宝鸡高新区), the written form an alias. The member must end with a zone's
 * ending ({@code listed-zone-endings} in {@code candidate-words.tsv}: 港务区, 开发区, 基地 …) after at most a few words
 * of its own that are no place and no generic lead (各开发区), and must not name a body run by the zone (高新区管委会).
 * Thread-safe.
 */
record ListedZones(List<String> endings, Set<String> genericLeads, List<String> bodyEndings, DivisionGazetteer gazetteer) {

	static final String SOURCE = "listed-zone";

	/** The most characters a zone's own words take before its ending (国际 in 国际港务区, 经济技术 in 经济技术开发区). */
	private static final int MAX_OWN_WORDS = 4;

	static ListedZones of(CandidateWords words, DivisionGazetteer gazetteer) {
		return new ListedZones(words.listedZoneEndings(), words.genericLeads(), words.zoneBodyEndings(), gazetteer);
	}

	/**
	 * Adds the zones listed after a place of {@code paragraph}; {@code placesByEnd} maps the paragraph offset where a
	 * place mention ends to that mention, and {@code place} marks the characters of places.
	 */
	void find(JoinedText paragraph, Map<Integer, Mention> placesByEnd, boolean[] place, List<Mention> found) {
		String text = paragraph.text();
		for (Map.Entry<Integer, Mention> e : placesByEnd.entrySet()) {
			int mark = e.getKey();
			Division city = cityOf(e.getValue().division());
			if (city == null || mark + 1 >= text.length() || text.charAt(mark) != '、' || place[mark + 1]) {
				continue;
			}
			int end = zoneEnd(text, mark + 1, place);
			if (end < 0) {
				continue;
			}
			String written = text.substring(mark + 1, end);
			found.add(new Mention(written, paragraph.offset(mark + 1), paragraph.endOffset(end), EntityType.PARK,
					city.bareName() + written, null, SOURCE));
		}
	}

	/** The city a zone listed after {@code d} belongs to: {@code d} itself, or a county's city. */
	private Division cityOf(Division d) {
		if (d == null) {
			return null;
		}
		if (d.level() == Division.Level.CITY) {
			return d;
		}
		Division parent = d.level() == Division.Level.COUNTY ? this.gazetteer.parent(d) : null;
		return parent != null && parent.level() == Division.Level.CITY ? parent : null;
	}

	/** Where the zone that starts at {@code start} ends, or -1 when no zone's ending closes a member there. */
	private int zoneEnd(String text, int start, boolean[] place) {
		for (int j = start; j <= start + MAX_OWN_WORDS && j < text.length(); j++) {
			if (!Han.isHan(text.charAt(j)) || place[j]) {
				return -1;
			}
			String ending = longestEndingAt(text, j);
			if (ending == null) {
				continue;
			}
			String own = text.substring(start, j);
			int end = j + ending.length();
			boolean generic = this.genericLeads.stream().anyMatch(own::startsWith) || own.startsWith("各");
			boolean body = this.bodyEndings.stream().anyMatch((b) -> text.startsWith(b, end));
			return generic || body ? -1 : end;
		}
		return -1;
	}

	private String longestEndingAt(String text, int at) {
		String best = null;
		for (String ending : this.endings) {
			if (text.startsWith(ending, at) && (best == null || ending.length() > best.length())) {
				best = ending;
			}
		}
		return best;
	}

}
