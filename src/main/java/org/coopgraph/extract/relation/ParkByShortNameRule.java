package org.coopgraph.extract.relation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.coopgraph.extract.model.EntityType;
import org.coopgraph.extract.model.RelationType;

/**
 * 两地共建协作产业园: a co-building statement that names a park by the end of the one park name the document gives in
 * full (甲县乙丙协作产业园) makes the document's main pair build that park. Runs after {@link PairingRule}, which sets
 * the main pair.
 */
public final class ParkByShortNameRule implements RelationRule {

	/** 共建 and the words of a park up to its ending, with two characters at least before the ending. */
	private static final Pattern CO_BUILT = Pattern
		.compile("共建(?:了|的)?([\\u4e00-\\u9fa5]{2,8}?(?:产业园区|工业园区|产业园|工业园|园区))");

	/** Words that, alone before the ending, name a kind of park rather than one park (共建产业园区). */
	private static final Pattern KIND_ONLY = Pattern.compile("(产业|工业|园区|一批|多个|更多)+(产业园区|工业园区|产业园|工业园|园区)");

	@Override
	public void apply(RelationContext ctx) {
		if (ctx.helper() == null || ctx.helped() == null) {
			return;
		}
		for (Sentence s : ctx.sentences()) {
			if (!s.text().contains("共建")) {
				continue;
			}
			Matcher m = CO_BUILT.matcher(s.text());
			while (m.find()) {
				String phrase = m.group(1);
				String park = KIND_ONLY.matcher(phrase).matches() || ctx.typeOf(phrase) != null ? null : onlyParkEndingWith(ctx, phrase);
				if (park != null) {
					ctx.add(RelationType.CO_BUILDS, ctx.helper(), park, null, ctx.evidence(s), "park-short-name");
					ctx.add(RelationType.CO_BUILDS, ctx.helped(), park, null, ctx.evidence(s), "park-short-name");
				}
			}
		}
	}

	/** The one park whose name ends with {@code phrase} and is longer, or {@code null} when none or several do. */
	private static String onlyParkEndingWith(RelationContext ctx, String phrase) {
		String found = null;
		for (String name : ctx.names()) {
			if (name.length() > phrase.length() && name.endsWith(phrase) && ctx.typeOf(name) == EntityType.PARK) {
				if (found != null) {
					return null;
				}
				found = name;
			}
		}
		return found;
	}

}
