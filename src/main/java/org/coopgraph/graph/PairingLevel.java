package org.coopgraph.graph;

import java.util.List;

/**
 * The level of a pairing, from the kinds of the two parties (schools and hospitals by their names): the API's
 * {@code Pairing.level} and the panel export's {@code level} column.
 */
public enum PairingLevel {

	CITY, COUNTY, TOWN, VILLAGE, SCHOOL, HOSPITAL, OTHER;

	private static final List<String> SCHOOL_SUFFIXES = List.of("学校", "学院", "大学", "中学", "小学", "幼儿园", "职校");

	private static final List<String> HOSPITAL_SUFFIXES = List.of("医院", "卫生院", "卫生服务中心", "妇幼保健院");

	public static PairingLevel of(EntityNode a, EntityNode b) {
		PairingLevel left = of(a);
		return (left == of(b)) ? left : OTHER;
	}

	private static PairingLevel of(EntityNode party) {
		return switch (party.type()) {
			case "CITY" -> CITY;
			case "COUNTY" -> COUNTY;
			case "TOWN" -> TOWN;
			case "VILLAGE" -> VILLAGE;
			case "ORGANIZATION" -> organization(party.name());
			default -> OTHER;
		};
	}

	private static PairingLevel organization(String name) {
		if (SCHOOL_SUFFIXES.stream().anyMatch(name::endsWith)) {
			return SCHOOL;
		}
		return HOSPITAL_SUFFIXES.stream().anyMatch(name::endsWith) ? HOSPITAL : OTHER;
	}

}
