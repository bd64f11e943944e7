package org.coopgraph.extract.stage;

import java.util.List;
import java.util.regex.Pattern;

import org.coopgraph.extract.DocumentContext;
import org.coopgraph.extract.gazetteer.DepartmentNames;
import org.coopgraph.extract.gazetteer.Division;
import org.coopgraph.extract.gazetteer.DivisionGazetteer;
import org.coopgraph.extract.gazetteer.NameSuffixes;
import org.coopgraph.extract.model.EntityType;
import org.coopgraph.extract.text.Compact;

/**
 * Names a unit as written in a document (市发改委, 组织部, 无锡市发改委, 海州区（连云港高新区）, 港口控股集团) canonically: places
 * by their division, bodies by their place plus the full official name. A body without a place belongs to the
 * document's home place. Thread-safe.
 */
public final class UnitNamer {

	/**
	 * A canonical name and type for a surface form; for a place name several divisions share that the document's
	 * places did not decide, no division and the {@code candidates} left.
	 */
	public record Named(String canonical, EntityType type, Division division, List<Division> candidates) {

		public Named {
			candidates = List.copyOf(candidates);
		}

		Named(String canonical, EntityType type, Division division) {
			this(canonical, type, division, List.of());
		}

	}

	private static final Pattern NOT_A_NAME = Pattern.compile("[。%％]");

	private static final Pattern DIGITS = Pattern.compile("\\d{2,}");

	private static final Pattern TOWN_NAME = Pattern.compile("[\\u4e00-\\u9fa5]{2,6}(街道|镇|乡)");

	private static final Pattern VILLAGE_NAME = Pattern.compile("[\\u4e00-\\u9fa5]{2,5}(村|社区)");

	private final DivisionGazetteer gazetteer;

	private final DepartmentNames departments;

	private final NameSuffixes suffixes;

	public UnitNamer(DivisionGazetteer gazetteer, DepartmentNames departments, NameSuffixes suffixes) {
		this.gazetteer = gazetteer;
		this.departments = departments;
		this.suffixes = suffixes;
	}

	/** Whether {@code surface} reads like the name of a unit (body, place, park, company, institution). */
	public boolean looksLikeUnit(String surface) {
		String s = Compact.of(surface);
		if (s.length() < 2 || s.length() > 30 || NOT_A_NAME.matcher(s).find() || DIGITS.matcher(s).find() && !s.contains("12345")) {
			return false;
		}
		if (s.startsWith("各") || s.contains("功能板块")) {
			return true;
		}
		String bare = stripPrefix(s);
		return !this.gazetteer.lookup(baseOf(s)).isEmpty() || this.departments.isKnown(bare)
				|| this.suffixes.endsLikeBody(s) || this.suffixes.suffixOf(s) != null;
	}

	/** The canonical name of a unit named in a responsibility list; never {@code null} for a non-empty surface. */
	public Named name(String surface, DocumentContext context) {
		String s = Compact.of(surface);
		String base = baseOf(s);
		List<Division> places = narrow(placeCandidates(base, context), context);
		Division place = (places.size() == 1) ? places.get(0) : null;
		if (place != null && place.entityType() != null) {
			return new Named(place.name(), place.entityType(), place);
		}
		if (place == null && !places.isEmpty() && places.get(0).entityType() != null) {
			// Namesakes the document's places do not tell apart: flagged with their candidates, never a guess.
			Division any = places.get(0);
			boolean oneName = places.stream().allMatch((d) -> d.name().equals(any.name()));
			return new Named(oneName ? any.name() : base, any.entityType(), null, places);
		}
		if (TOWN_NAME.matcher(s).matches() && !this.suffixes.endsLikeBody(s)) {
			return new Named(s, EntityType.TOWN, null);
		}
		if (VILLAGE_NAME.matcher(s).matches()) {
			return new Named(s, EntityType.VILLAGE, null);
		}
		NameSuffixes.Suffix suffix = this.suffixes.suffixOf(s);
		if (suffix != null && suffix.type() != EntityType.DEPARTMENT && !looksLikeBodyFirst(s)
				&& !(suffix.type() == EntityType.ORGANIZATION && suffix.text().endsWith("中心") && !s.contains("疾"))) {
			return new Named(s, suffix.type(), null);
		}
		String canonical = departmentName(s, context);
		EntityType type = canonical.endsWith("疾病预防控制中心") ? EntityType.ORGANIZATION : EntityType.DEPARTMENT;
		return new Named(canonical, type, null);
	}

	/** The canonical name of a body, given the document's home place for bodies written without one. */
	public String departmentName(String s, DocumentContext context) {
		if (s.startsWith("团") && (s.startsWith("团市委") || s.startsWith("团县委") || s.startsWith("团区委"))) {
			String place = placeForPrefix(s.charAt(1), context);
			return place == null ? s : "共青团" + place + "委员会";
		}
		Division prefixDivision = leadingDivision(s, context);
		if (prefixDivision != null && s.length() > prefixDivision.name().length()) {
			return this.departments.canonical(prefixDivision.name(), s.substring(prefixDivision.name().length()));
		}
		Division barePrefix = leadingBareDivision(s, context);
		if (barePrefix != null) {
			String stem = s.substring(barePrefix.bareName().length());
			// 连云港海关 keeps its written form; a standard body name still gets the full place name.
			return this.departments.isKnown(stem) ? this.departments.canonical(barePrefix.name(), stem) : s;
		}
		char first = s.charAt(0);
		if ((first == '省' || first == '市' || first == '县' || first == '区') && s.length() > 1) {
			String place = placeForPrefix(first, context);
			if (place != null) {
				return this.departments.canonical(place, s.substring(1));
			}
		}
		Division home = context.home();
		if (home != null && (this.departments.isKnown(s) || this.suffixes.endsLikeBody(s))) {
			return this.departments.canonical(home.name(), s);
		}
		return s;
	}

	private boolean looksLikeBodyFirst(String s) {
		// 疾控中心 and 服务中心 name bodies in responsibility lists; institutions keep their suffix type.
		return this.departments.isKnown(stripPrefix(s)) && !s.endsWith("中心");
	}

	private String placeForPrefix(char prefix, DocumentContext context) {
		return switch (prefix) {
			case '省' -> context.homeProvince() == null ? null : context.homeProvince().name();
			case '市' -> context.homeCity() == null ? null : context.homeCity().name();
			default -> context.home() == null ? null : context.home().name();
		};
	}

	private Division leadingDivision(String s, DocumentContext context) {
		for (int len = Math.min(s.length() - 1, 12); len >= 2; len--) {
			List<Division> candidates = this.gazetteer.fullNames().get(s.substring(0, len));
			if (!candidates.isEmpty() && candidates.get(0).level().ordinal() <= Division.Level.COUNTY.ordinal()) {
				// Namesakes all lend the body the same name: any of them names it.
				Division d = pick(candidates, context);
				return (d != null) ? d : candidates.get(0);
			}
		}
		return null;
	}

	private Division leadingBareDivision(String s, DocumentContext context) {
		for (int len = Math.min(s.length() - 2, 8); len >= 2; len--) {
			List<Division> candidates = this.gazetteer.bareNames().get(s.substring(0, len));
			if (candidates.isEmpty()) {
				continue;
			}
			candidates = candidates.stream().filter((d) -> d.level() == Division.Level.CITY || d.level() == Division.Level.COUNTY).toList();
			if (!candidates.isEmpty()) {
				// A bare name of places with different names (朝阳: 朝阳区, 朝阳市, 朝阳县) that nothing decides leaves the
				// body as written.
				Division d = pick(candidates, context);
				boolean near = d != null
						&& (context.homeProvince() == null || this.gazetteer.contains(context.homeProvince(), d));
				return near ? d : null;
			}
		}
		return null;
	}

	/**
	 * The divisions named exactly {@code name} (full or bare) that a unit written so can be: cities and counties by
	 * bare names, towns and villages only near the home place.
	 */
	private List<Division> placeCandidates(String name, DocumentContext context) {
		List<Division> candidates = this.gazetteer.lookup(name);
		if (candidates.isEmpty()) {
			return List.of();
		}
		List<Division> full = this.gazetteer.fullNames().get(name);
		if (full.isEmpty()) {
			// Bare names only stand for cities and counties.
			candidates = candidates.stream().filter((d) -> d.level().ordinal() <= Division.Level.COUNTY.ordinal()).toList();
		}
		else if (full.stream().allMatch((d) -> d.level().ordinal() >= Division.Level.TOWN.ordinal())) {
			// Towns and villages written without their county are only trusted near the home place.
			candidates = full.stream().filter((d) -> inHome(d, context)).toList();
		}
		return candidates;
	}

	private boolean inHome(Division d, DocumentContext context) {
		return context.homeCity() != null && this.gazetteer.contains(context.homeCity(), d)
				|| context.home() != null && this.gazetteer.contains(context.home(), d);
	}

	/**
	 * The one candidate the document's home place decides ({@link #narrow}), or null when several are left (two
	 * namesakes in the home province): the caller flags or keeps the name as written.
	 */
	private Division pick(List<Division> candidates, DocumentContext context) {
		List<Division> left = narrow(candidates, context);
		return (left.size() == 1) ? left.get(0) : null;
	}

	/**
	 * The candidates the document's home place leaves: the home place itself, else those inside it, else inside its
	 * city, else inside its province; all of them when none lies there.
	 */
	private List<Division> narrow(List<Division> candidates, DocumentContext context) {
		if (candidates.size() <= 1) {
			return candidates;
		}
		for (Division scope : new Division[] { context.home(), context.homeCity(), context.homeProvince() }) {
			if (scope == null) {
				continue;
			}
			if (candidates.contains(scope)) {
				return List.of(scope);
			}
			List<Division> inside = candidates.stream().filter((d) -> this.gazetteer.contains(scope, d)).toList();
			if (!inside.isEmpty()) {
				return inside;
			}
		}
		return candidates;
	}

	private static String baseOf(String s) {
		int paren = s.indexOf('（');
		if (paren < 0) {
			paren = s.indexOf('(');
		}
		return paren > 0 ? s.substring(0, paren) : s;
	}

	private static String stripPrefix(String s) {
		if (s.length() > 2 && "省市县区".indexOf(s.charAt(0)) >= 0) {
			return s.substring(1);
		}
		return s;
	}

}
