package org.coopgraph.extract.structure;

/** A unit named in a task structure, as written, at document offset {@code start}. */
public record UnitRef(String surface, int start) {

	public int end() {
		return this.start + this.surface.length();
	}

}
