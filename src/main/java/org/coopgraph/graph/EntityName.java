package org.coopgraph.graph;

/**
 * An entity as a client named it, by canonical name or alias, with the argument that named it, so that a name
 * nothing has can be reported against that argument.
 */
public record EntityName(String argument, String name) {

	public EntityName {
		name = name.strip();
	}

	/** The name given in {@code argument}, or null when none was given. */
	public static EntityName of(String argument, String name) {
		return (name != null) ? new EntityName(argument, name) : null;
	}

}
