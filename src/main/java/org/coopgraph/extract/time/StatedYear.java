package org.coopgraph.extract.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.coopgraph.extract.model.Evidence;
import org.coopgraph.extract.text.SentenceBounds;

/**
 * The year a fact's sentence states (2022年以来累计…, 2023年…拨付, 截至2023年底), read from the whole sentence around
 * its evidence. A target year (到2025年, 至2025年) is no year of the fact. Null when the sentence states none: the
 * fact is then dated by its document.
 */
public final class StatedYear {

	private static final Pattern YEAR = Pattern.compile("(?<![0-9])((?:19|20)[0-9]{2})\\s*年");

	private StatedYear() {
	}

	/** The year stated in the sentence of {@code text} that holds {@code evidence}, or in the evidence itself. */
	public static Integer of(Evidence evidence, String text) {
		if (evidence == null) {
			return null;
		}
		if (evidence.start() < 0 || evidence.end() > text.length() || evidence.start() > evidence.end()) {
			return in(evidence.sentence());
		}
		return in(text.substring(SentenceBounds.start(text, evidence.start()), SentenceBounds.end(text, evidence.end())));
	}

	/** The first year {@code sentence} states that is no target, or null. */
	public static Integer in(String sentence) {
		if (sentence == null) {
			return null;
		}
		Matcher m = YEAR.matcher(sentence);
		while (m.find()) {
			int before = m.start() - 1;
			char c = (before >= 0) ? sentence.charAt(before) : ' ';
			boolean target = c == '到' || c == '至' && (before == 0 || sentence.charAt(before - 1) != '截');
			if (!target) {
				return Integer.valueOf(m.group(1));
			}
		}
		return null;
	}

}
