package org.coopgraph.graph;

import java.util.List;

/**
 * An entity as stored: key, name, type (an EntityType name, or PROVINCE) and aliases; for a place the division
 * table has, its {@code code}, {@code level} and {@code province} (the province's code), all null otherwise; for a
 * name several divisions share, the codes it may be ({@code candidates}, else empty).
 */
public record EntityNode(String key, String name, String type, List<String> aliases, String code, String level,
		String province, List<String> candidates) implements GraphNode {

	public EntityNode {
		aliases = List.copyOf(aliases);
		candidates = List.copyOf(candidates);
	}

}
