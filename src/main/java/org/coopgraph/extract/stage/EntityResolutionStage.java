package org.coopgraph.extract.stage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.coopgraph.extract.EntityIndex;
import org.coopgraph.extract.Extraction;
import org.coopgraph.extract.Mention;
import org.coopgraph.extract.PlaceCodes;
import org.coopgraph.extract.Slot;
import org.coopgraph.extract.Stage;
import org.coopgraph.extract.gazetteer.Division;
import org.coopgraph.extract.model.EntityType;
import org.coopgraph.extract.model.Evidence;
import org.coopgraph.extract.model.ExtractedEntity;
import org.coopgraph.extract.model.ExtractedTask;
import org.coopgraph.extract.structure.RawTask;
import org.coopgraph.extract.structure.UnitRef;

/**
 * Merges every mention into canonical entities (the alias stage): places, units named in task structures, bodies and
 * name-ending candidates, in that order of trust. A surface form seen for an entity becomes its alias; a later
 * mention with a known surface joins that entity. Also turns raw tasks into tasks with canonical unit names.
 */
public final class EntityResolutionStage implements Stage {

	static final String SOURCE = "structure";

	private final UnitNamer namer;

	private final Set<String> provinceNames;

	public EntityResolutionStage(UnitNamer namer, Set<String> provinceNames) {
		this.namer = namer;
		this.provinceNames = provinceNames;
	}

	private static final class Entry {

		final EntityType type;

		final Set<String> aliases = new LinkedHashSet<>();

		final PlaceCodes codes = new PlaceCodes();

		Entry(EntityType type) {
			this.type = type;
		}

		ExtractedEntity entity(String name) {
			return this.codes.entity(name, this.type, List.copyOf(this.aliases));
		}

	}

	private static final class Registry {

		final Map<String, Entry> entries = new LinkedHashMap<>();

		final Map<String, String> bySurface = new HashMap<>();

		/**
		 * Registers {@code surface} for {@code canonical} with the division the mention names (or the divisions it
		 * may name); returns the canonical name it resolved to.
		 */
		String add(String canonical, EntityType type, String surface, Division division, List<Division> candidates) {
			String target = add(canonical, type, surface);
			this.entries.get(target).codes.add(division, candidates);
			return target;
		}

		/** Registers {@code surface} for {@code canonical}; returns the canonical name it resolved to. */
		String add(String canonical, EntityType type, String surface) {
			String known = this.bySurface.get(canonical);
			if (known == null) {
				known = this.bySurface.get(surface);
			}
			String target = known != null ? known : canonical;
			Entry e = this.entries.computeIfAbsent(target, (k) -> new Entry(type));
			this.bySurface.putIfAbsent(target, target);
			if (!surface.equals(target)) {
				e.aliases.add(surface);
				this.bySurface.putIfAbsent(surface, target);
			}
			return target;
		}

	}

	@Override
	public Extraction apply(Extraction in) {
		Registry registry = new Registry();
		List<Mention> resolved = new ArrayList<>();
		for (Mention m : in.places()) {
			resolved.add(resolve(registry, m));
		}
		List<ExtractedTask> tasks = new ArrayList<>();
		// A plan names the same few units in most of its tasks: name each surface form once.
		Map<String, UnitNamer.Named> named = new HashMap<>();
		for (RawTask raw : in.rawTasks()) {
			List<String> lead = names(registry, raw.lead(), in, resolved, named);
			List<String> co = names(registry, raw.co(), in, resolved, named);
			List<String> other = names(registry, raw.other(), in, resolved, named);
			LinkedHashSet<String> responsible = new LinkedHashSet<>(lead);
			responsible.addAll(other);
			responsible.addAll(co);
			Evidence evidence = new Evidence(raw.text(), raw.start(), Math.max(raw.start(), raw.end()));
			tasks.add(new ExtractedTask(raw.id(), raw.text(), List.copyOf(responsible), lead, co, raw.deadline(),
					evidence));
		}
		List<Mention> others = new ArrayList<>(in.mentions());
		// Bodies first, then name-ending candidates; a candidate inside a body's span is part of that body.
		others.sort(Comparator.comparing((Mention m) -> !DepartmentStage.SOURCE.equals(m.source()))
			.thenComparingInt(Mention::start));
		TreeMap<Integer, Integer> bodies = new TreeMap<>();
		TreeMap<Integer, Integer> titles = citedTitles(in.text().text());
		TreeMap<Integer, Integer> labels = new TreeMap<>();
		for (Mention m : others) {
			if (ProgressLabelStage.SOURCE.equals(m.source())) {
				labels.merge(m.start(), m.end(), Math::max);
			}
		}
		for (Mention m : others) {
			if (HanlpCandidateStage.SOURCE.equals(m.source()) && insideLonger(labels, m, 0)) {
				// A name-ending guess inside a label the table itself gives (省某某检验室：) is a fragment of it.
				continue;
			}
			if (m.type() == EntityType.DEPARTMENT && inside(titles, m)) {
				// 《某某关于…的意见》 names the author of another document, not a party to this one.
				continue;
			}
			if (HanlpCandidateStage.SOURCE.equals(m.source()) && insideLonger(titles, m, 1)) {
				// 《中国开发区营商环境报告》: a name-ending guess inside a longer title is a word of the title.
				continue;
			}
			if (DepartmentStage.SOURCE.equals(m.source())) {
				bodies.merge(m.start(), m.end(), Math::max);
			}
			else {
				var enclosing = bodies.floorEntry(m.start());
				if (enclosing != null && m.end() <= enclosing.getValue()) {
					continue;
				}
			}
			resolved.add(resolve(registry, m));
		}
		Map<String, String> shortForms = shortFormsOfPlacedNames(registry, in.places(), this.provinceNames);
		Map<String, EntityType> types = new HashMap<>();
		registry.entries.forEach((name, e) -> types.put(name, e.type));
		ShortForms.of(types).forEach(shortForms::putIfAbsent);
		shortForms.keySet().removeAll(shortForms.values());
		fragmentsOfLongerNames(registry, resolved, in.text().text(), shortForms);
		if (!shortForms.isEmpty()) {
			for (var sf : shortForms.entrySet()) {
				Entry gone = registry.entries.remove(sf.getKey());
				Entry full = registry.entries.get(sf.getValue());
				full.aliases.add(sf.getKey());
				full.aliases.addAll(gone.aliases);
			}
			resolved.replaceAll((m) -> shortForms.containsKey(m.canonical()) ? new Mention(m.surface(), m.start(), m.end(),
					m.type(), shortForms.get(m.canonical()), m.division(), m.source(), m.candidates()) : m);
		}
		List<ExtractedEntity> entities = new ArrayList<>();
		registry.entries.forEach((name, e) -> entities.add(e.entity(name)));
		Map<String, ExtractedEntity> byName = new LinkedHashMap<>();
		entities.forEach((e) -> byName.put(e.name(), e));
		resolved.sort(Comparator.comparingInt(Mention::start).thenComparingInt((Mention m) -> -m.end()));
		EntityIndex index = new EntityIndex(byName, List.copyOf(resolved));
		return in.withEntities(entities, tasks, index);
	}

	/**
	 * Firms, institutions and parks written once with their place and once without (江苏某某铝业, 某某铝业; 甲市某某新区,
	 * 某某新区): the short form is an alias of the full one; a park's short form only when one full name ends with it. Returns short name to full name; looks names up by their tails, not pairwise.
	 */
	private static Map<String, String> shortFormsOfPlacedNames(Registry registry, List<Mention> places,
			Set<String> provinceNames) {
		// Provinces are no mentions, yet a firm's registered name often opens with one (江苏某某铝业).
		Set<String> placeWords = new HashSet<>(provinceNames);
		for (Mention p : places) {
			placeWords.add(p.surface());
			if (p.division() != null) {
				placeWords.add(p.division().name());
			}
		}
		Map<String, String> out = new HashMap<>();
		Set<String> contested = new HashSet<>();
		for (var e : registry.entries.entrySet()) {
			EntityType type = e.getValue().type;
			if (type != EntityType.ENTERPRISE && type != EntityType.ORGANIZATION && type != EntityType.PARK) {
				continue;
			}
			String name = e.getKey();
			for (int cut = 2; cut <= 4 && name.length() - cut >= 3; cut++) {
				String tail = name.substring(cut);
				Entry shorter = registry.entries.get(tail);
				String prefix = name.substring(0, cut);
				boolean placed = placeWords.contains(prefix) || "省市县".indexOf(prefix.charAt(cut - 1)) >= 0;
				if (shorter != null && shorter.type == type && placed) {
					String before = out.putIfAbsent(tail, name);
					if (type == EntityType.PARK && before != null && !before.equals(name)) {
						// 甲市高新区 and 乙市高新区: a bare 高新区 could be either.
						contested.add(tail);
					}
				}
			}
		}
		out.keySet().removeAll(contested);
		out.keySet().removeAll(out.values());
		return out;
	}

	/**
	 * A name-ending guess that starts inside a longer name of the same kind written around it (检院检验室 cut from
	 * 省东岭食检院检验室) is that longer name: the text right before the guess holds the rest of it. Looks names up by
	 * their tails, not pairwise.
	 */
	private static void fragmentsOfLongerNames(Registry registry, List<Mention> resolved, String text,
			Map<String, String> out) {
		Map<String, String[]> tails = new HashMap<>();
		for (var e : registry.entries.entrySet()) {
			if (e.getValue().type == EntityType.DEPARTMENT || e.getValue().type == null) {
				continue;
			}
			List<String> forms = new ArrayList<>(e.getValue().aliases);
			forms.add(e.getKey());
			for (String form : forms) {
				for (int cut = 1; cut <= 5 && form.length() - cut >= 4; cut++) {
					tails.putIfAbsent(form.substring(cut), new String[] { form.substring(0, cut), e.getKey() });
				}
			}
		}
		for (Mention m : resolved) {
			String[] longer = HanlpCandidateStage.SOURCE.equals(m.source()) ? tails.get(m.canonical()) : null;
			if (longer == null || longer[1].equals(m.canonical()) || out.containsKey(longer[1])
					|| out.containsKey(m.canonical()) || out.containsValue(m.canonical())
					|| !registry.entries.containsKey(m.canonical())
					|| registry.entries.get(m.canonical()).type != registry.entries.get(longer[1]).type) {
				continue;
			}
			int at = m.start() - longer[0].length();
			if (at >= 0 && text.startsWith(longer[0], at)) {
				out.putIfAbsent(m.canonical(), longer[1]);
			}
		}
	}

	/** Spans of cited titles 《…》, start to end, from a single pass over the text. */
	private static TreeMap<Integer, Integer> citedTitles(String text) {
		TreeMap<Integer, Integer> spans = new TreeMap<>();
		int open = -1;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '《') {
				open = i;
			}
			else if (c == '》' && open >= 0) {
				spans.put(open, i + 1);
				open = -1;
			}
			else if (c == '\n' && open >= 0 && i - open > 200) {
				open = -1;
			}
		}
		return spans;
	}

	/**
	 * Inside a span that holds more than the mention and {@code marks} characters on each side of it (0 for a label, 1
	 * for the brackets of a title).
	 */
	private static boolean insideLonger(TreeMap<Integer, Integer> spans, Mention m, int marks) {
		var e = spans.floorEntry(m.start());
		return e != null && m.end() <= e.getValue() && (e.getKey() + marks < m.start() || m.end() + marks < e.getValue());
	}

	private static boolean inside(TreeMap<Integer, Integer> spans, Mention m) {
		var e = spans.floorEntry(m.start());
		return e != null && m.end() <= e.getValue();
	}

	private static Mention resolve(Registry registry, Mention m) {
		String canonical = registry.add(m.canonical(), m.type(), m.surface(), m.division(), m.candidates());
		EntityType type = registry.entries.get(canonical).type;
		return new Mention(m.surface(), m.start(), m.end(), type, canonical, m.division(), m.source(), m.candidates());
	}

	private List<String> names(Registry registry, List<UnitRef> units, Extraction in, List<Mention> resolved,
			Map<String, UnitNamer.Named> namedBySurface) {
		List<String> out = new ArrayList<>();
		for (UnitRef u : units) {
			UnitNamer.Named named = namedBySurface.computeIfAbsent(u.surface(), (s) -> this.namer.name(s, in.context()));
			String canonical = registry.add(named.canonical(), named.type(), u.surface(), named.division(),
					named.candidates());
			int paren = u.surface().indexOf('（');
			if (paren > 0 && u.surface().endsWith("）")) {
				registry.add(canonical, named.type(), u.surface().substring(paren + 1, u.surface().length() - 1));
			}
			EntityType type = registry.entries.get(canonical).type;
			resolved.add(new Mention(u.surface(), u.start(), u.end(), type, canonical, named.division(), SOURCE,
					named.candidates()));
			if (!out.contains(canonical)) {
				out.add(canonical);
			}
		}
		return out;
	}

	@Override
	public Set<Slot> requires() {
		return Set.of(Slot.STRUCTURE, Slot.PLACES, Slot.CONTEXT, Slot.MENTIONS);
	}

	@Override
	public Set<Slot> provides() {
		return Set.of(Slot.ENTITIES);
	}

}
