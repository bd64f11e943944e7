package org.coopgraph.bench.bulk;

import java.util.List;

/**
 * The kind of node at one end of a bulk-loaded relationship, named by its label; each kind has its own unique
 * {@code key}.
 */
public enum Endpoint {

	ENTITY("Entity"), TASK("Task"), DOCUMENT("Document");

	private final String label;

	Endpoint(String label) {
		this.label = label;
	}

	/**
	 * The kind of the nodes that carry {@code labels}.
	 * @throws IllegalArgumentException when none of the labels names a kind
	 */
	static Endpoint of(List<String> labels) {
		for (Endpoint kind : values()) {
			if (labels.contains(kind.label)) {
				return kind;
			}
		}
		throw new IllegalArgumentException("a bulk node group needs one of the labels Entity, Task, Document; got "
				+ labels);
	}

}
