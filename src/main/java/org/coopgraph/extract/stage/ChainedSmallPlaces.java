package org.coopgraph.extract.stage;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import org.coopgraph.extract.Mention;
import org.coopgraph.extract.gazetteer.Division;
import org.coopgraph.extract.gazetteer.DivisionGazetteer;
import org.coopgraph.extract.hanlp.CoreWords;
import org.coopgraph.extract.model.EntityType;
import org.coopgraph.extract.text.Han;

/**
 * Towns, villages and hamlets read by their suffix where they continue a chain of places, for the villages the division
 * table does not list (it has them for two provinces only) and towns it lists under another suffix or not at all:
 * 某县某村, 某县某乡某村, 某镇某社区, 某村某屯. The link must follow the place before it with nothing between, which is
 * the evidence a bare 某村 in running text lacks. A town the table does not know counts only with a village after it
 * (某县某乡 alone may be any phrase ending in 乡); a town the table knows in that county under another suffix (a 乡
 * made a 镇, a 镇 made a 街道) is today's town, the written form its alias. Stateless and thread-safe.
 */
final class ChainedSmallPlaces {

	static final String SOURCE = "place-chain-suffix";

	private static final List<String> TOWN_SUFFIXES = List.of("街道", "镇", "乡");

	private static final List<String> VILLAGE_SUFFIXES = List.of("社区", "嘎查", "村", "屯");

	/** Natural villages (屯) under an administrative village; numbered 村民小组 (一组) are not places of their own. */
	private static final List<String> HAMLET_SUFFIXES = List.of("屯");

	/** Characters that never stand in a town's or village's name but often before 村 or 乡 in phrases (各村, 所有贫困村). */
	private static final String NOT_IN_NAMES = "的各个所有等和与及在对向为把将是了该本每全们于到从被共这那其之党";

	private static final int LONGEST_STEM = 5;

	private final DivisionGazetteer gazetteer;

	private final CoreWords lexicon = new CoreWords();

	private final Set<String> genericStems;

	/** {@code genericStems}: words that, before 村, name a kind of village rather than one (贫困, 示范). */
	ChainedSmallPlaces(DivisionGazetteer gazetteer, Set<String> genericStems) {
		this.gazetteer = gazetteer;
		this.genericStems = genericStems;
	}

	private record Link(String stem, String suffix, int start, int end) {

		String name() {
			return this.stem + this.suffix;
		}

	}

	/** The places that continue the chains of {@code places} in {@code text}, none overlapping a place already found. */
	List<Mention> find(String text, List<Mention> places) {
		TreeMap<Integer, Mention> taken = new TreeMap<>();
		for (Mention m : places) {
			taken.merge(m.start(), m, (a, b) -> a.end() >= b.end() ? a : b);
		}
		List<Mention> found = new ArrayList<>();
		Deque<Mention> open = new ArrayDeque<>(places);
		while (!open.isEmpty()) {
			Mention before = open.poll();
			if (before.type() == null || taken.containsKey(before.end())) {
				continue;
			}
			List<Mention> links = switch (before.type()) {
				case CITY -> countyLevelArea(text, before);
				case COUNTY -> afterCounty(text, before, taken);
				case TOWN -> village(text, before.end(), VILLAGE_SUFFIXES);
				case VILLAGE -> village(text, before.end(), HAMLET_SUFFIXES);
				default -> List.of();
			};
			if (links.isEmpty() || links.stream().anyMatch((m) -> overlaps(taken, m))) {
				continue;
			}
			for (Mention m : links) {
				taken.put(m.start(), m);
				found.add(m);
			}
			open.add(links.get(links.size() - 1));
		}
		return found;
	}

	/**
	 * A village right after the county (某县某村), or a town and the village after it (某县某乡某村), that village
	 * found here or already known.
	 */
	private List<Mention> afterCounty(String text, Mention county, TreeMap<Integer, Mention> taken) {
		Link link = link(text, county.end(), 4, TOWN_SUFFIXES);
		if (link == null) {
			return village(text, county.end(), VILLAGE_SUFFIXES);
		}
		Division today = townOf(county.division(), link.stem());
		if (today != null) {
			return List.of(new Mention(link.name(), link.start(), link.end(), EntityType.TOWN, today.name(), today,
					SOURCE));
		}
		Mention town = new Mention(link.name(), link.start(), link.end(), EntityType.TOWN, link.name(), null, SOURCE);
		Mention next = taken.get(link.end());
		if (next != null && next.type() == EntityType.VILLAGE) {
			return List.of(town);
		}
		List<Mention> village = village(text, link.end(), VILLAGE_SUFFIXES);
		return village.isEmpty() ? List.of() : List.of(town, village.get(0));
	}

	/**
	 * 某市某某组团: a city without counties (中山市, 东莞市) runs groups of towns (组团) as its county-level areas, which
	 * count as counties (CONVENTIONS: County), named as written without the city.
	 */
	private List<Mention> countyLevelArea(String text, Mention city) {
		if (!withoutCounties(city.division())) {
			return List.of();
		}
		int at = city.end();
		for (int k = 0; k <= 4 && at + k + AREA.length() <= text.length(); k++) {
			char c = text.charAt(at + k);
			if (k >= 2 && text.startsWith(AREA, at + k)) {
				String name = text.substring(at, at + k + AREA.length());
				return List.of(new Mention(name, at, at + k + AREA.length(), EntityType.COUNTY, name, null, SOURCE));
			}
			if (!Han.isHan(c) || NOT_IN_NAMES.indexOf(c) >= 0) {
				return List.of();
			}
		}
		return List.of();
	}

	private static final String AREA = "组团";

	/** Whether the table lists {@code city} again as its own county, as it does a city without counties. */
	private boolean withoutCounties(Division city) {
		return city != null && this.gazetteer.lookup(city.name())
			.stream()
			.anyMatch((d) -> d.level() == Division.Level.COUNTY && d.code().equals(city.code()));
	}

	private List<Mention> village(String text, int at, List<String> suffixes) {
		Link link = link(text, at, suffixes == HAMLET_SUFFIXES ? 3 : LONGEST_STEM, suffixes);
		if (link == null || this.genericStems.stream().anyMatch(link.stem()::endsWith) || ordinary(link.stem())) {
			return List.of();
		}
		return List.of(new Mention(link.name(), link.start(), link.end(), EntityType.VILLAGE, link.name(), null, SOURCE));
	}

	/**
	 * The name that starts at {@code at} and ends at the first suffix of the text, if that suffix is one of
	 * {@code suffixes} and the stem before it may be a name: two characters or more, Han only, none of the
	 * characters that make phrases (各村, 所有贫困村).
	 */
	private Link link(String text, int at, int longestStem, List<String> suffixes) {
		for (int k = 0; k <= longestStem && at + k < text.length(); k++) {
			char c = text.charAt(at + k);
			if (!Han.isHan(c) || NOT_IN_NAMES.indexOf(c) >= 0) {
				return null;
			}
			String suffix = suffixAt(text, at + k);
			if (suffix != null) {
				String stem = text.substring(at, at + k);
				return k >= 2 && suffixes.contains(suffix) ? new Link(stem, suffix, at, at + k + suffix.length()) : null;
			}
		}
		return null;
	}

	private static String suffixAt(String text, int i) {
		for (List<String> suffixes : List.of(TOWN_SUFFIXES, VILLAGE_SUFFIXES)) {
			for (String s : suffixes) {
				if (text.startsWith(s, i)) {
					return s;
				}
			}
		}
		return null;
	}

	/**
	 * Whether a village's stem, or its last two characters, is mostly an ordinary word (重点, 行政, 深度贫困): the
	 * phrase names a kind of village, not one. Towns need no such check, as an unknown one counts only with its
	 * village.
	 */
	private boolean ordinary(String stem) {
		return this.lexicon.isOrdinaryWord(stem) || this.lexicon.isOrdinaryWord(stem.substring(stem.length() - 2));
	}

	/** The town of {@code county} with this stem under any town suffix, or {@code null}. */
	private Division townOf(Division county, String stem) {
		if (county == null) {
			return null;
		}
		for (String suffix : TOWN_SUFFIXES) {
			for (Division d : this.gazetteer.fullNames().get(stem + suffix)) {
				if (d.level() == Division.Level.TOWN && county.code().equals(d.parentCode())) {
					return d;
				}
			}
		}
		return null;
	}

	private static boolean overlaps(TreeMap<Integer, Mention> taken, Mention m) {
		var before = taken.lowerEntry(m.end());
		return before != null && before.getValue().end() > m.start();
	}

}
