package org.coopgraph.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.coopgraph.extract.gazetteer.Division;
import org.coopgraph.extract.gazetteer.DivisionGazetteer;

/**
 * The division table as the graph keys places: by their official codes, six digits for provinces, cities and counties
 * (江苏省 320000, 无锡市 320200, 鼓楼区 320106), nine for towns and twelve for villages; the short forms of the raw table
 * (32, 3202) are read too. Gives a division's ancestors up to its province and reads a province as a client names
 * it. Immutable and thread-safe.
 */
public final class DivisionTree {

	/** The graph's label and type of province nodes, a type no extraction produces. */
	public static final String PROVINCE_LABEL = "Province";

	public static final String PROVINCE_TYPE = "PROVINCE";

	private final DivisionGazetteer table;

	private final Map<String, String> provinceCodes = new HashMap<>();

	private final List<String> provinceForms = new ArrayList<>();

	public DivisionTree(DivisionGazetteer table) {
		this.table = table;
		List<Division> provinces = new ArrayList<>(table.provinces());
		provinces.sort(Comparator.comparing(Division::code));
		for (Division province : provinces) {
			String code = province.code();
			for (String form : List.of(province.name(), province.bareName(), code, code.substring(0, 2))) {
				this.provinceCodes.put(form, code);
			}
			this.provinceForms.add(province.bareName());
		}
	}

	/** The tree of the shared division table. */
	public static DivisionTree standard() {
		return new DivisionTree(DivisionGazetteer.shared());
	}

	/** The division a code names, official (320200) or short (3202), or null when the table has none. */
	public Division division(String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		return this.table.byCode(DivisionGazetteer.officialCode(code.strip()));
	}

	/** The division's ancestors, nearest first, up to its province. */
	public List<Division> ancestors(Division division) {
		return this.table.ancestors(division);
	}

	/** The graph code of the province a division lies in (itself for a province). */
	public String provinceOf(Division division) {
		List<Division> ancestors = ancestors(division);
		return (ancestors.isEmpty() ? division : ancestors.get(ancestors.size() - 1)).code();
	}

	/**
	 * The graph code of the province a client named as 江苏, 江苏省 or a code (320000 or 32).
	 * @throws UnknownProvinceException when no province is written so
	 */
	public String provinceCode(String argument, String written) {
		String code = (written != null) ? this.provinceCodes.get(written.strip()) : null;
		if (code == null) {
			throw new UnknownProvinceException(argument, written, this.provinceForms);
		}
		return code;
	}

	/** The graph's label of a division: the entity type's label, or {@value #PROVINCE_LABEL}. */
	public static String label(Division division) {
		return (division.entityType() != null) ? division.entityType().label() : PROVINCE_LABEL;
	}

	/** The graph's type of a division: the entity type's name, or {@value #PROVINCE_TYPE}. */
	public static String type(Division division) {
		return (division.entityType() != null) ? division.entityType().name() : PROVINCE_TYPE;
	}

}
