package org.coopgraph.extract.gazetteer;

import org.coopgraph.extract.model.EntityType;

/**
 * One administrative division of China: its official code (six digits down to counties: 320000, 320200, 320106; nine
 * for towns, twelve for villages), official name, level and the code of the division that contains it.
 */
public record Division(String code, String name, Level level, String parentCode) {

	/** Levels of the division hierarchy, from province down to village or community. */
	public enum Level {

		PROVINCE, CITY, COUNTY, TOWN, VILLAGE;

		static Level ofCode(String letter) {
			return switch (letter) {
				case "P" -> PROVINCE;
				case "C" -> CITY;
				case "A" -> COUNTY;
				case "S" -> TOWN;
				default -> VILLAGE;
			};
		}

	}

	/** Whether this is a provincial capital or a municipality (the first city of its province: 320100 南京市). */
	public boolean firstCityOfProvince() {
		return this.level == Level.CITY && this.code.startsWith("01", 2);
	}

	/** The entity type of this division, or {@code null} for provinces (not an entity type of their own). */
	public EntityType entityType() {
		return switch (this.level) {
			case PROVINCE -> null;
			case CITY -> EntityType.CITY;
			case COUNTY -> EntityType.COUNTY;
			case TOWN -> EntityType.TOWN;
			case VILLAGE -> EntityType.VILLAGE;
		};
	}

	/**
	 * The name without its administrative suffix (无锡市 → 无锡, 洋县 → 洋县), the way documents often write it. Names
	 * whose stem would be a single character keep their suffix.
	 */
	public String bareName() {
		String n = this.name;
		for (String suffix : BARE_SUFFIXES) {
			if (n.endsWith(suffix) && n.length() - suffix.length() >= 2) {
				return n.substring(0, n.length() - suffix.length());
			}
		}
		return n;
	}

	private static final String[] BARE_SUFFIXES = { "特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县",
			"地区", "街道", "社区", "省", "市", "县", "区", "镇", "乡", "村" };

}
