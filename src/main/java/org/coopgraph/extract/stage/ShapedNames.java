package org.coopgraph.extract.stage;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.coopgraph.extract.Mention;
import org.coopgraph.extract.model.EntityType;
import org.coopgraph.extract.text.Compact;
import org.coopgraph.extract.text.Han;
import org.coopgraph.extract.text.JoinedText;

/** Names known by their shape rather than a word ending: ports (江阴港) and research institutes by number (518所). */
final class ShapedNames {

	/**
	 * 中电 518所, 623所: research institutes known by number; 所 before 学校 or 医院, or after them (新建学校214所),
	 * counts schools instead.
	 */
	private static final Pattern NUMBERED_INSTITUTE = Pattern
		.compile("(?<![\\d.第校院园站馆])(\\d{3})所(?![学医高中小幼])");

	private ShapedNames() {
	}

	/** 江阴港, 连云港港: a city or county followed by 港 names its port. */
	static void ports(JoinedText paragraph, boolean[] place, List<Mention> found) {
		String text = paragraph.text();
		for (int i = 1; i < text.length(); i++) {
			boolean placeEnds = place[i - 1] && !place[i];
			if (!placeEnds || text.charAt(i) != '港' || i + 1 < text.length() && "区口城湾务澳台".indexOf(text.charAt(i + 1)) >= 0) {
				continue;
			}
			int start = i - 1;
			while (start > 0 && place[start - 1]) {
				start--;
			}
			String name = text.substring(start, i + 1);
			found.add(new Mention(name, paragraph.offset(start), paragraph.endOffset(i + 1), EntityType.PROJECT, name, null,
					"port"));
		}
	}

	static void numberedInstitutes(JoinedText paragraph, List<Mention> found) {
		String text = paragraph.text();
		if (text.indexOf('所') < 0) {
			return;
		}
		Matcher m = NUMBERED_INSTITUTE.matcher(text);
		while (m.find()) {
			int start = m.start();
			int k = start;
			while (k > 0 && text.charAt(k - 1) == ' ') {
				k--;
			}
			// A two-character owner (中船) before the number, itself opened by a list word or punctuation.
			if (k >= 2 && Han.isHan(text.charAt(k - 1)) && Han.isHan(text.charAt(k - 2))
					&& (k == 2 || "与和及、，。；：“ ".indexOf(text.charAt(k - 3)) >= 0)) {
				start = k - 2;
			}
			String surface = text.substring(start, m.end());
			found.add(new Mention(surface, paragraph.offset(start), paragraph.endOffset(m.end()), EntityType.ORGANIZATION,
					Compact.of(surface), null, "numbered-institute"));
		}
	}

}
