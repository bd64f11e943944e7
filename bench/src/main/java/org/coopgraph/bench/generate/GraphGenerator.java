package org.coopgraph.bench.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.coopgraph.extract.gazetteer.Division;
import org.coopgraph.extract.gazetteer.DivisionGazetteer;
import org.coopgraph.extract.model.EntityType;
import org.coopgraph.extract.model.RelationType;

/**
 * Generates a realistic cooperation graph of a given number of entities, the same one for the same seed: the real
 * administrative hierarchy (cities, counties, towns, villages keyed by their division codes, LOCATED_IN, and
 * IN_DIVISION up to province nodes as the graph writer links them), standard departments in every city and
 * county, pairings between cities and their counties and towns, co-built parks, enterprises, organisations and
 * projects, work-plan tasks led and shared by departments, funding with amounts, and documents that state every fact
 * at an offset, dated by their document's year. About six relationships per entity. Not thread-safe; use one instance per graph.
 */
public final class GraphGenerator {

	private final Random random;

	private final int target;

	private final SyntheticGraph graph = new SyntheticGraph();

	private final Set<String> names = new HashSet<>();

	/** Where the names of the provinces come from. */
	private final DivisionGazetteer provinceNames = DivisionGazetteer.shared();

	/** For every entity: the entity it lies in (-1 for none) and the ordinal of its city. */
	private final IntColumn placeOf = new IntColumn();

	private final IntColumn cityOf = new IntColumn();

	private final List<Integer> cities = new ArrayList<>();

	private final List<Integer> counties = new ArrayList<>();

	private final List<Integer> towns = new ArrayList<>();

	private final List<Integer> villages = new ArrayList<>();

	private final List<Integer> parks = new ArrayList<>();

	private final List<Integer> projects = new ArrayList<>();

	private final List<Integer> enterprises = new ArrayList<>();

	/** Per city ordinal: its partner, its counties and towns, its departments (own and its counties'), firms. */
	private int[] partner;

	private final List<List<Integer>> placesOfCity = new ArrayList<>();

	private final List<List<Integer>> departmentsOfCity = new ArrayList<>();

	private final List<List<Integer>> countyDepartmentsOfCity = new ArrayList<>();

	private final List<List<Integer>> enterprisesOfCity = new ArrayList<>();

	private final List<List<Integer>> documentsOfCity = new ArrayList<>();

	private GraphGenerator(int entities, long seed) {
		this.random = new Random(seed);
		this.target = entities;
	}

	/** A graph of about {@code entities} entities (at least 1,000), deterministic for a given seed. */
	public static SyntheticGraph generate(int entities, long seed) {
		if (entities < 1_000) {
			throw new IllegalArgumentException("--entities must be at least 1000, got " + entities);
		}
		return new GraphGenerator(entities, seed).build();
	}

	private SyntheticGraph build() {
		addDivisions(DivisionTable.load(), Math.max(this.target / 10, 200));
		pairCities();
		addDepartments(this.target * 14 / 100);
		int rest = this.target - this.graph.entityCount();
		addParks(rest * 3 / 100);
		addOrganizations(rest * 7 / 100);
		addProjects(rest * 30 / 100);
		addEnterprises(this.target - this.graph.entityCount());
		addDocuments(Math.max(4, this.target / 250));
		addPlacements();
		addPairings();
		addCoBuilding();
		addFunding();
		addTasks(this.target / 2);
		collectMentions();
		return this.graph;
	}

	private void addDivisions(DivisionTable table, int budget) {
		List<Division> shuffled = new ArrayList<>(table.cities());
		Collections.shuffle(shuffled, this.random);
		int cityCount = Math.min(shuffled.size(), Math.max(8, budget / 50));
		Map<String, Integer> selected = new HashMap<>();
		Map<String, Integer> cityOrdinal = new HashMap<>();
		for (Division city : shuffled.subList(0, cityCount)) {
			if (this.names.contains(city.name())) {
				// 重庆市 is listed twice (its districts and its counties); one entity stands for both.
				continue;
			}
			int ordinal = this.cities.size();
			cityOrdinal.put(city.code(), ordinal);
			this.placesOfCity.add(new ArrayList<>());
			this.departmentsOfCity.add(new ArrayList<>());
			this.countyDepartmentsOfCity.add(new ArrayList<>());
			this.enterprisesOfCity.add(new ArrayList<>());
			this.documentsOfCity.add(new ArrayList<>());
			int e = addEntity(city.name(), alias(city), EntityType.CITY, -1, ordinal);
			asDivision(e, city, -1);
			selected.put(city.code(), e);
			this.cities.add(e);
		}
		List<Division> lower = new ArrayList<>();
		for (List<Division> level : List.of(table.counties(), table.towns(), table.villages())) {
			List<Division> candidates = new ArrayList<>(level);
			// Spread a partial level over every selected parent rather than filling the first few completely.
			Collections.shuffle(candidates, this.random);
			lower.clear();
			for (Division d : candidates) {
				if (this.graph.entityCount() + lower.size() >= budget) {
					break;
				}
				if (selected.containsKey(d.parentCode())) {
					lower.add(d);
				}
			}
			lower.sort((x, y) -> x.code().compareTo(y.code()));
			Map<String, Integer> counts = new HashMap<>();
			lower.forEach((d) -> counts.merge(d.name(), 1, Integer::sum));
			for (Division d : lower) {
				int parent = selected.get(d.parentCode());
				if (DivisionGazetteer.officialCode(d.code()).equals(code(parent))) {
					// A city without counties (东莞市) is listed again as its own county under the same official code;
					// the graph keys one place by it, and the towns listed under the county lie in the city.
					selected.put(d.code(), parent);
					continue;
				}
				int city = this.cityOf.get(parent);
				String name = d.name();
				String alias = alias(d);
				if (counts.get(name) > 1 || this.names.contains(name)) {
					// The same town or village name occurs in many counties; documents then name the parent too.
					alias = name;
					name = unique(this.graph.entityName(parent) + name, this.graph.entityName(parent) + name);
				}
				int e = addEntity(name, alias, d.entityType(), parent, city);
				asDivision(e, d, parent);
				selected.put(d.code(), e);
				(switch (d.level()) {
					case COUNTY -> this.counties;
					case TOWN -> this.towns;
					default -> this.villages;
				}).add(e);
				if (d.level() != Division.Level.VILLAGE) {
					this.placesOfCity.get(city).add(e);
				}
			}
		}
	}

	/**
	 * Records what the graph writer stores of a place from the division table: its official code, its province's code
	 * and the division it lies in ({@code parent}, or the province itself for a city, given as -1), and the province as
	 * a node.
	 */
	private void asDivision(int entity, Division division, int parent) {
		String code = DivisionGazetteer.officialCode(division.code());
		String provinceCode = code.substring(0, 2) + "0000";
		Division province = this.provinceNames.byCode(provinceCode);
		this.graph.entityCodes.set(entity, code);
		this.graph.entityProvinces.set(entity, provinceCode);
		this.graph.entityParentKeys.set(entity, (parent >= 0) ? code(parent) : provinceCode);
		this.graph.provinces.put(provinceCode, (province != null) ? province.name() : provinceCode);
	}

	private String code(int entity) {
		return this.graph.entityCodes.get(entity);
	}

	private static String alias(Division d) {
		String bare = d.bareName();
		return bare.equals(d.name()) ? null : bare;
	}

	private void pairCities() {
		int n = this.cities.size();
		this.partner = new int[n];
		// North-south style pairing: the first half of the (shuffled) cities helps the second half.
		for (int i = 0; i < n; i++) {
			this.partner[i] = (i < n / 2) ? i + n / 2 : (i - n / 2) % Math.max(1, n / 2);
		}
	}

	private void addDepartments(int budget) {
		List<Integer> governments = new ArrayList<>(this.cities);
		governments.addAll(this.counties);
		int perPlace = Math.clamp(budget / governments.size(), 3, DepartmentKind.STANDARD.size());
		for (int place : governments) {
			String placeName = this.graph.entityName(place);
			int city = this.cityOf.get(place);
			boolean isCity = this.graph.entityType(place) == EntityType.CITY;
			for (DepartmentKind kind : DepartmentKind.STANDARD.subList(0, perPlace)) {
				int e = addEntity(kind.nameAt(placeName), kind.aliasAt(placeName), EntityType.DEPARTMENT, place, city);
				(isCity ? this.departmentsOfCity : this.countyDepartmentsOfCity).get(city).add(e);
			}
		}
	}

	private void addParks(int count) {
		for (int i = 0; i < count; i++) {
			int county = pick(this.counties.isEmpty() ? this.cities : this.counties);
			int city = this.cityOf.get(county);
			String here = bare(this.cities.get(city));
			String there = bare(this.cities.get(this.partner[city]));
			String kind = pick(NamePools.PARK_KINDS);
			String name = unique(here + there + kind, this.graph.entityName(county) + here + there + kind);
			this.parks.add(addEntity(name, here + there + "园", EntityType.PARK, county, city));
		}
	}

	private void addOrganizations(int count) {
		for (int i = 0; i < count; i++) {
			int place = placeForFirm();
			String kind = pick(NamePools.ORGANIZATION_KINDS);
			String placeName = this.graph.entityName(place);
			String name = unique(placeName + kind, placeName + "第" + NamePools.numeral(2 + this.random.nextInt(98)) + kind);
			addEntity(name, null, EntityType.ORGANIZATION, place, this.cityOf.get(place));
		}
	}

	private void addProjects(int count) {
		for (int i = 0; i < count; i++) {
			int place = placeForFirm();
			String base = this.graph.entityName(place) + pick(NamePools.PROJECT_KINDS);
			String name = unique(base + "项目", base + "（" + NamePools.numeral(2 + this.random.nextInt(98)) + "期）项目");
			this.projects.add(addEntity(name, null, EntityType.PROJECT, place, this.cityOf.get(place)));
		}
	}

	private void addEnterprises(int count) {
		for (int i = 0; i < count; i++) {
			int place = placeForFirm();
			int city = this.cityOf.get(place);
			String brand = pick(NamePools.FIRM_WORDS) + pick(NamePools.FIRM_WORDS) + pick(NamePools.INDUSTRIES);
			String name = unique(bare(this.cities.get(city)) + brand + "有限公司",
					this.graph.entityName(place) + brand + "有限公司");
			int e = addEntity(name, brand, EntityType.ENTERPRISE, place, city);
			this.enterprises.add(e);
			this.enterprisesOfCity.get(city).add(e);
		}
	}

	private void addDocuments(int count) {
		int pairs = (this.cities.size() + 1) / 2;
		for (int d = 0; d < count; d++) {
			int a = d % pairs;
			int b = this.partner[a];
			// Years cycle with the documents, so that even the four documents of a small graph span four years.
			int year = SyntheticGraph.FIRST_YEAR + d % SyntheticGraph.YEARS;
			String here = bare(this.cities.get(a));
			String there = bare(this.cities.get(b));
			this.graph.documentNames.add("%s-%s-%d-plan-%d.txt".formatted(here, there, year, d));
			this.graph.documentTitles.add("%s%s%d年结对帮扶合作工作要点（%d）".formatted(here, there, year, d / pairs + 1));
			this.graph.documentChars.add(0);
			this.graph.documentYears.add(year);
			this.documentsOfCity.get(a).add(d);
			if (b != a) {
				this.documentsOfCity.get(b).add(d);
			}
		}
	}

	private void addPlacements() {
		for (int e = 0; e < this.graph.entityCount(); e++) {
			if (this.placeOf.get(e) >= 0) {
				fact(RelationType.LOCATED_IN, e, this.placeOf.get(e), 0);
			}
		}
	}

	private void addPairings() {
		for (int a = 0; a < this.cities.size() / 2; a++) {
			int b = this.partner[a];
			fact(RelationType.PAIRS_WITH, this.cities.get(a), this.cities.get(b), 0);
			List<Integer> mine = this.placesOfCity.get(a);
			List<Integer> theirs = this.placesOfCity.get(b);
			// Counties pair with counties and towns with towns, in order, as pairing lists read.
			for (EntityType level : List.of(EntityType.COUNTY, EntityType.TOWN)) {
				List<Integer> x = ofType(mine, level);
				List<Integer> y = ofType(theirs, level);
				for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
					fact(RelationType.PAIRS_WITH, x.get(i), y.get(i), 0);
				}
			}
		}
	}

	private void addCoBuilding() {
		for (int park : this.parks) {
			int city = this.cityOf.get(park);
			fact(RelationType.CO_BUILDS, this.cities.get(city), park, 0);
			fact(RelationType.CO_BUILDS, this.cities.get(this.partner[city]), park, 0);
		}
	}

	private void addFunding() {
		for (int project : this.projects) {
			int helper = this.partner[this.cityOf.get(project)];
			fact(RelationType.FUNDS, pick(this.departmentsOfCity.get(helper)), project, amount());
			List<Integer> firms = this.enterprisesOfCity.get(helper);
			if (!firms.isEmpty() && this.random.nextInt(10) < 6) {
				fact(RelationType.FUNDS, pick(firms), project, amount());
			}
		}
		// The helping city's budget to each county of the city it helps (the second half of the cities), so that
		// funding between provinces has places at both ends, as east-west cooperation documents state it.
		for (int county : this.counties) {
			int city = this.cityOf.get(county);
			if (city >= this.cities.size() / 2) {
				fact(RelationType.FUNDS, this.cities.get(this.partner[city]), county, amount());
			}
		}
		for (int village : this.villages) {
			fact(RelationType.FUNDS, pick(this.departmentsOfCity.get(this.partner[this.cityOf.get(village)])),
					village, amount());
		}
		for (int firm : this.enterprises) {
			if (!this.parks.isEmpty() && this.random.nextInt(10) < 3) {
				fact(RelationType.FUNDS, firm, pick(this.parks), amount());
			}
		}
	}

	private void addTasks(int count) {
		int documents = this.graph.documentCount();
		int pairs = (this.cities.size() + 1) / 2;
		for (int t = 0; t < count; t++) {
			int document = t % documents;
			int a = document % pairs;
			int b = this.partner[a];
			this.graph.taskDocument.add(document);
			this.graph.taskNumber.add(t / documents + 1);
			this.graph.taskProject.add(pick(this.projects));
			this.graph.taskVerb.add(this.random.nextInt(NamePools.TASK_VERBS.size()));
			this.graph.taskMonth.add(this.random.nextInt(13));
			this.graph.taskStart.add(advance(document, this.graph.taskText(t).length()));
			int lead = pick(this.departmentsOfCity.get(a));
			taskFact(RelationType.LEADS, lead, t, document);
			int first = pick(this.departmentsOfCity.get(b));
			taskFact(RelationType.CO_RESPONSIBLE, first, t, document);
			int second = pick(this.departmentsOfCity.get(a));
			if (second != lead) {
				taskFact(RelationType.CO_RESPONSIBLE, second, t, document);
			}
			List<Integer> local = this.countyDepartmentsOfCity.get(a);
			if (!local.isEmpty()) {
				taskFact(RelationType.RESPONSIBLE_FOR, pick(local), t, document);
			}
		}
	}

	private void taskFact(RelationType type, int unit, int task, int document) {
		SyntheticGraph.Facts f = this.graph.facts.get(type);
		f.from.add(unit);
		f.to.add(task);
		f.document.add(document);
		f.start.add(this.graph.taskStart.get(task));
		f.amountWan.add(0);
	}

	private void fact(RelationType type, int from, int to, int amountWan) {
		List<Integer> documents = this.documentsOfCity.get(this.cityOf.get(from));
		int document = documents.isEmpty() ? this.cityOf.get(from) % this.graph.documentCount() : pick(documents);
		SyntheticGraph.Facts f = this.graph.facts.get(type);
		f.from.add(from);
		f.to.add(to);
		f.document.add(document);
		f.amountWan.add(amountWan);
		f.start.add(advance(document, this.graph.evidence(type, from, to, amountWan).length()));
	}

	/** Reserves {@code length} characters (and a line break) at the end of a document; returns where they start. */
	private int advance(int document, int length) {
		int start = this.graph.documentChars.get(document);
		this.graph.documentChars.set(document, start + length + 1);
		return start;
	}

	private void collectMentions() {
		int total = 0;
		for (SyntheticGraph.Facts f : this.graph.facts.values()) {
			total += f.size() * 2;
		}
		long[] pairs = new long[total];
		int n = 0;
		for (var entry : this.graph.facts.entrySet()) {
			SyntheticGraph.Facts f = entry.getValue();
			boolean toTask = SyntheticGraph.isTaskRelation(entry.getKey());
			for (int i = 0; i < f.size(); i++) {
				long document = ((long) f.document.get(i)) << 32;
				pairs[n++] = document | f.from.get(i);
				if (!toTask) {
					pairs[n++] = document | f.to.get(i);
				}
			}
		}
		Arrays.sort(pairs, 0, n);
		int unique = 0;
		for (int i = 0; i < n; i++) {
			if (unique == 0 || pairs[unique - 1] != pairs[i]) {
				pairs[unique++] = pairs[i];
			}
		}
		this.graph.mentions = Arrays.copyOf(pairs, unique);
	}

	private int addEntity(String name, String alias, EntityType type, int place, int city) {
		if (!this.names.add(name)) {
			throw new IllegalStateException("generated the name " + name + " twice");
		}
		this.graph.entityNames.add(name);
		this.graph.entityAliases.add(alias);
		this.graph.entityTypes.add(type.ordinal());
		this.graph.entityCodes.add(null);
		this.graph.entityProvinces.add(null);
		this.graph.entityParentKeys.add(null);
		this.placeOf.add(place);
		this.cityOf.add(city);
		return this.graph.entityCount() - 1;
	}

	/** {@code preferred} when no entity has that name yet, else {@code fallback}, else a numbered fallback. */
	private String unique(String preferred, String fallback) {
		if (!this.names.contains(preferred)) {
			return preferred;
		}
		if (!this.names.contains(fallback)) {
			return fallback;
		}
		for (int n = 2;; n++) {
			String numbered = fallback + n;
			if (!this.names.contains(numbered)) {
				return numbered;
			}
		}
	}

	private int placeForFirm() {
		List<Integer> pool = !this.towns.isEmpty() && this.random.nextBoolean() ? this.towns
				: this.counties.isEmpty() ? this.cities : this.counties;
		return pick(pool);
	}

	private List<Integer> ofType(List<Integer> entities, EntityType type) {
		return entities.stream().filter((e) -> this.graph.entityType(e) == type).toList();
	}

	private String bare(int entity) {
		String alias = this.graph.entityAlias(entity);
		return (alias != null) ? alias : this.graph.entityName(entity);
	}

	private int amount() {
		return 10 + this.random.nextInt(4_990);
	}

	private <T> T pick(List<T> list) {
		return list.get(this.random.nextInt(list.size()));
	}

}
