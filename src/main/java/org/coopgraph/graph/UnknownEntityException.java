package org.coopgraph.graph;

/** No entity has the name (or alias) a client gave. */
public class UnknownEntityException extends RuntimeException {

	private final EntityName name;

	public UnknownEntityException(EntityName name) {
		super("Argument '%s': no entity is named or aliased '%s'".formatted(name.argument(), name.name()));
		this.name = name;
	}

	public EntityName name() {
		return this.name;
	}

}
