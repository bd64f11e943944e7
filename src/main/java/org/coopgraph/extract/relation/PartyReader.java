package org.coopgraph.extract.relation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

import org.coopgraph.extract.Mention;
import org.coopgraph.extract.gazetteer.CharTrie;
import org.coopgraph.extract.gazetteer.Division;
import org.coopgraph.extract.gazetteer.DivisionGazetteer;
import org.coopgraph.extract.model.EntityType;
import org.coopgraph.extract.relation.RelationWords.Kind;
import org.coopgraph.extract.text.Compact;

/**
 * Reads the parties of a sentence: chains of places (甲市乙县 is one party, 乙县), lists (甲、乙和丙) and the role word
 * before each list (与, 向, 对 …). A province written inside a chain or before a party (安徽省淮南市) is skipped, as
 * provinces are no parties. Thread-safe.
 */
public final class PartyReader {

	private final DivisionGazetteer gazetteer;

	private final RelationWords words;

	public PartyReader(DivisionGazetteer gazetteer, RelationWords words) {
		this.gazetteer = gazetteer;
		this.words = words;
	}

	public RelationWords words() {
		return this.words;
	}

	/** The parties of {@code s} among its top-level mentions that {@code admit} accepts, in text order. */
	public List<Party> read(RelationContext ctx, Sentence s, Predicate<Mention> admit) {
		String text = ctx.text();
		List<Mention> ms = ctx.topLevel(s).stream().filter((m) -> m.type() != null && admit.test(m)).toList();
		// What stands before each mention, from the one before it (the sentence's start for the first), without
		// whitespace: it parts chains, continues lists and carries role words.
		String[] gaps = new String[ms.size()];
		boolean[] lineBreaks = new boolean[ms.size()];
		for (int j = 0; j < ms.size(); j++) {
			String raw = text.substring((j > 0) ? ms.get(j - 1).end() : s.start(), ms.get(j).start());
			gaps[j] = Compact.of(raw);
			lineBreaks[j] = raw.indexOf('\n') >= 0;
		}
		// Where each chain starts: a mention that does not lie inside the one before it (甲市乙县 is one chain), or
		// is parted from it by anything but a province or by a line break (连云区 / 云台山景区 in a table cell).
		List<Integer> chainStarts = new ArrayList<>();
		for (int j = 0; j < ms.size(); j++) {
			if (j == 0 || lineBreaks[j] || !onlyProvince(gaps[j]) || !chainable(ms.get(j - 1), ms.get(j))) {
				chainStarts.add(j);
			}
		}
		List<Party> out = new ArrayList<>();
		int list = -1;
		String marker = "";
		List<Mention> scope = List.of();
		for (int c = 0; c < chainStarts.size(); c++) {
			int first = chainStarts.get(c);
			int next = (c + 1 < chainStarts.size()) ? chainStarts.get(c + 1) : ms.size();
			List<Mention> chain = ms.subList(first, next);
			Mention head = chain.get(chain.size() - 1);
			// 甲与乙、丙与丁: a member followed by 与 opens a pair of its own, not the next item of a list.
			boolean opensPair = next < ms.size() && this.words.is(Kind.PARTNER_MARKER, gaps[next]);
			// 恩施和贵州黔东南, 安顺、甘肃陇南: a province before the next member leaves the list going on.
			boolean continues = list >= 0 && !opensPair && this.words.is(Kind.LIST, withoutProvinces(gaps[first]));
			List<Mention> outer = new ArrayList<>(chain.subList(0, chain.size() - 1));
			Collections.reverse(outer);
			if (!continues) {
				list++;
				marker = marker(withoutProvince(gaps[first]));
				scope = outer;
			}
			out.add(new Party(head, List.copyOf(outer), outer.isEmpty() ? scope : List.of(), ms.get(first).start(),
					head.end(), marker, list, -1));
		}
		return withListEnds(out);
	}

	private static List<Party> withListEnds(List<Party> parties) {
		List<Party> out = new ArrayList<>(parties.size());
		for (Party p : parties) {
			int end = p.end();
			for (Party q : parties) {
				if (q.list() == p.list()) {
					end = Math.max(end, q.end());
				}
			}
			out.add(new Party(p.head(), p.outer(), p.scope(), p.start(), p.end(), p.marker(), p.list(), end));
		}
		return out;
	}

	private String marker(String before) {
		for (Kind k : new Kind[] { Kind.PARTNER_MARKER, Kind.RECIPIENT_MARKER, Kind.OBJECT_MARKER }) {
			String w = this.words.endOf(k, before);
			if (w != null) {
				return w;
			}
		}
		return "";
	}

	/**
	 * Whether {@code gap} is nothing or one province name as a whole: {@code withoutProvince(gap).isEmpty()}, written
	 * so that only a gap as long as a province name is looked up.
	 */
	private boolean onlyProvince(String gap) {
		return gap.isEmpty() || gap.length() >= 2 && gap.length() <= MAX_PROVINCE && province(gap);
	}

	/** {@code text} without a province name it ends with (与河北 → 与, ——安徽省 → ——). */
	public String withoutProvince(String text) {
		for (int len = Math.min(MAX_PROVINCE, text.length()); len >= 2; len--) {
			if (province(text.substring(text.length() - len))) {
				return text.substring(0, text.length() - len);
			}
		}
		return text;
	}

	private boolean province(String name) {
		return this.gazetteer.lookup(name).stream().anyMatch((d) -> d.level() == Division.Level.PROVINCE);
	}

	/** The longest province name (新疆维吾尔自治区). */
	private static final int MAX_PROVINCE = 8;

	/**
	 * {@code text} without the provinces it ends with, with the list words between them and a 的 after the last
	 * (帮扶甘肃和河北 → 帮扶, 帮扶内蒙古和河北的 → 帮扶, 和贵州 → 和): a helped side is often written as provinces and
	 * then the places in them (天津帮扶甘肃和河北承德), and only the places are parties.
	 */
	public String withoutProvinces(String text) {
		String t = text;
		while (true) {
			String owner = t.endsWith("的") ? t.substring(0, t.length() - 1) : t;
			String rest = withoutProvince(owner);
			if (rest.equals(owner)) {
				return t;
			}
			String joiner = this.words.endOf(Kind.LIST, rest);
			String before = joiner == null ? rest : rest.substring(0, rest.length() - joiner.length());
			if (joiner == null || withoutProvince(before).equals(before)) {
				return rest;
			}
			t = before;
		}
	}

	/** Whether {@code text} names a province anywhere (援建宁夏…: money for a province, not for a party). */
	public boolean holdsProvince(String text) {
		for (int i = 0; i < text.length(); i++) {
			for (CharTrie<Division> trie : List.of(this.gazetteer.fullNames(), this.gazetteer.bareNames())) {
				CharTrie.Hit<Division> h = trie.longestAt(text, i);
				if (h != null && h.values().stream().allMatch((d) -> d.level() == Division.Level.PROVINCE)) {
					return true;
				}
			}
		}
		return false;
	}

	/** Whether {@code b}, written right after {@code a}, lies inside it (甲市乙县, 乙镇丙村, 甲市乙区, 丙村丁屯). */
	private boolean chainable(Mention a, Mention b) {
		if (a.division() != null && b.division() != null) {
			return a.division().level().ordinal() < b.division().level().ordinal()
					&& this.gazetteer.contains(a.division(), b.division());
		}
		if (a.type() == EntityType.VILLAGE && b.type() == EntityType.VILLAGE) {
			// A natural village (屯) written after the administrative village that holds it (某村某屯).
			return b.canonical().endsWith("屯") && !a.canonical().endsWith("屯");
		}
		int ra = rank(a.type());
		int rb = rank(b.type());
		return ra >= 0 && rb > ra && (b.division() == null || a.division() == null);
	}

	/** Whether {@code inner} is {@code outer} or lies inside it by the gazetteer: a place is never paired with its own ancestor. */
	public boolean within(Mention outer, Mention inner) {
		return outer.division() != null && inner.division() != null
				&& this.gazetteer.contains(outer.division(), inner.division());
	}

	private static int rank(EntityType t) {
		if (t == null) {
			return -1;
		}
		return switch (t) {
			case CITY -> 0;
			case COUNTY -> 1;
			case TOWN, PARK -> 2;
			case VILLAGE -> 3;
			default -> -1;
		};
	}

}
