package org.coopgraph.extract.stage;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.coopgraph.extract.DocumentContext;
import org.coopgraph.extract.Extraction;
import org.coopgraph.extract.Mention;
import org.coopgraph.extract.Slot;
import org.coopgraph.extract.Stage;
import org.coopgraph.extract.gazetteer.Division;
import org.coopgraph.extract.gazetteer.DivisionGazetteer;
import org.coopgraph.extract.text.Compact;
import org.coopgraph.extract.text.TextLine;

/**
 * Finds the document's title and issuer and its home place: the place in the issuer line (连云港市人民政府办公室), else
 * the city or county the text mentions most. Departments written without a place belong to the home place. A context
 * already set (from an earlier section of the same document) is kept.
 */
public final class ContextStage implements Stage {

	private static final Pattern ISSUER = Pattern
		.compile("^.{2,12}?(人民政府办公室|人民政府办公厅|人民政府|委员会办公室|办公室|委员会|党委|政府)$");

	private static final Pattern DOC_NUMBER = Pattern.compile(".*[〔\\[（(]\\d{4}[〕\\]）)]\\s*\\d+\\s*号.*");

	private static final int HEAD_LINES = 60;

	private static final Pattern TITLE_WORDS = Pattern.compile("关于|计划|方案|要点|通知|意见|安排|办法");

	private final DivisionGazetteer gazetteer;

	public ContextStage(DivisionGazetteer gazetteer) {
		this.gazetteer = gazetteer;
	}

	@Override
	public Extraction apply(Extraction in) {
		if (in.context().home() != null) {
			// A later section of a long document keeps what its first section established.
			return in;
		}
		String title = "";
		String issuer = "";
		Division home = null;
		int seen = 0;
		for (TextLine line : in.text().lines()) {
			if (line.boilerplate() || line.isBlank()) {
				continue;
			}
			String t = Compact.of(line.trimmed());
			if (t.length() >= 6 && t.length() <= 80 && !DOC_NUMBER.matcher(t).matches() && !ISSUER.matcher(t).matches()
					&& (title.isEmpty() || !TITLE_WORDS.matcher(title).find() && TITLE_WORDS.matcher(t).find() && seen < 15)) {
				title = t;
			}
			if (home == null && ISSUER.matcher(t).matches()) {
				Division d = leadingDivision(t, in.places(), line);
				if (d != null) {
					home = d;
					issuer = t;
				}
			}
			if (++seen > HEAD_LINES && home != null) {
				break;
			}
		}
		if (home == null) {
			home = dominant(in.places());
		}
		Division city = home;
		if (home != null && home.level() == Division.Level.COUNTY && !home.name().endsWith("市")) {
			city = this.gazetteer.parent(home);
		}
		else if (home != null && home.level().ordinal() > Division.Level.COUNTY.ordinal()) {
			city = this.gazetteer.ancestor(home, Division.Level.CITY);
		}
		Division province = home == null ? null
				: home.level() == Division.Level.PROVINCE ? home : this.gazetteer.ancestor(home, Division.Level.PROVINCE);
		return in.withContext(new DocumentContext(title, issuer, home, city, province));
	}

	private static Division leadingDivision(String t, List<Mention> places, TextLine line) {
		for (Mention m : places) {
			if (m.start() >= line.start() && m.start() < line.end()) {
				int offsetInLine = m.start() - line.start();
				boolean leading = line.text().substring(0, offsetInLine).isBlank();
				if (leading && m.division() != null && m.surface().equals(m.canonical())
						&& m.division().level().ordinal() <= Division.Level.COUNTY.ordinal()) {
					return m.division();
				}
				return null;
			}
		}
		return null;
	}

	private static Division dominant(List<Mention> places) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		Map<String, Division> byCode = new HashMap<>();
		for (Mention m : places) {
			Division d = m.division();
			if (d != null && (d.level() == Division.Level.CITY || d.level() == Division.Level.COUNTY)) {
				counts.merge(d.code(), 1, Integer::sum);
				byCode.put(d.code(), d);
			}
		}
		return counts.entrySet()
			.stream()
			.max(Map.Entry.<String, Integer>comparingByValue())
			.map((e) -> byCode.get(e.getKey()))
			.orElse(null);
	}

	@Override
	public Set<Slot> requires() {
		return Set.of(Slot.TEXT, Slot.PLACES);
	}

	@Override
	public Set<Slot> provides() {
		return Set.of(Slot.CONTEXT);
	}

}
