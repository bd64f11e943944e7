package org.coopgraph.extract.relation;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.coopgraph.extract.Mention;
import org.coopgraph.extract.model.EntityType;
import org.coopgraph.extract.model.RelationType;

/**
 * 甲区迎来乙县东西部协作调研组: a place that receives a team its partner sends under a cooperation programme pairs with
 * that partner. Only a team named by the programme counts: a 党政代表团 visits anyone. Each side is the innermost place
 * of its chain (甲市甲区, 乙州乙县).
 */
public final class VisitingTeamRule implements RelationRule {

	/** The host's verb of receiving, with the adverbs written before it. */
	private static final Pattern RECEIVES = Pattern.compile("(?:也|还|先后|又)?(?:迎来|接待)了?");

	/** A team named by a cooperation programme. */
	private static final Pattern PROGRAMME_TEAM = Pattern.compile(
			"(?:东西部扶贫协作|东西部协作|对口协作|对口支援|对口帮扶|对口合作|山海协作|南北结对|南北挂钩|结对帮扶|扶贫协作)(?:帮扶)?(?:调研组|考察组|工作组|代表团|考察团|调研团|工作队)");

	@Override
	public void apply(RelationContext ctx) {
		String text = ctx.text();
		for (Sentence s : ctx.sentences()) {
			if (!s.text().contains("迎来") && !s.text().contains("接待")) {
				continue;
			}
			List<Mention> places = ctx.all(s)
				.stream()
				.filter((m) -> m.type() == EntityType.CITY || m.type() == EntityType.COUNTY)
				.sorted(Comparator.comparingInt(Mention::start))
				.toList();
			for (int i = 0; i + 1 < places.size(); i++) {
				Mention host = places.get(i);
				Matcher verb = RECEIVES.matcher(text).region(host.end(), s.end());
				if (places.get(i + 1).start() == host.end() || !verb.lookingAt()) {
					continue;
				}
				Mention visitor = innermostFrom(places, verb.end());
				if (visitor != null && PROGRAMME_TEAM.matcher(text).region(visitor.end(), s.end()).lookingAt()
						&& !visitor.canonical().equals(host.canonical())) {
					ctx.add(RelationType.PAIRS_WITH, host.canonical(), visitor.canonical(), null, ctx.evidence(s),
							"visiting-team");
				}
			}
		}
	}

	/** The last place of the chain that starts at {@code start} (乙州乙县 → 乙县), or {@code null} when none starts there. */
	private static Mention innermostFrom(List<Mention> places, int start) {
		Mention last = null;
		for (Mention m : places) {
			if (m.start() == (last == null ? start : last.end())) {
				last = m;
			}
		}
		return last;
	}

}
