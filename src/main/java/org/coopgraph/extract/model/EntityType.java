package org.coopgraph.extract.model;

/**
 * The kinds of entity coopgraph recognises, as defined by the annotation conventions.
 * {@link #label()} is the Neo4j label and the JSON {@code type} value.
 */
public enum EntityType {

	CITY("City"), COUNTY("County"), TOWN("Town"), VILLAGE("Village"), PARK("Park"), ENTERPRISE("Enterprise"),
	DEPARTMENT("Department"), ORGANIZATION("Organization"), PROJECT("Project");

	private final String label;

	EntityType(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public static EntityType fromLabel(String label) {
		for (EntityType type : values()) {
			if (type.label.equalsIgnoreCase(label) || type.name().equalsIgnoreCase(label)) {
				return type;
			}
		}
		throw new IllegalArgumentException("unknown entity type: " + label);
	}

}
