package org.coopgraph.extract.structure;

/**
 * A unit named in a task structure, as written, at document offset {@code start}; {@code lead} when a remark beside
 * it makes it a 牵头单位 (市教育局（牵头）), {@code assists} when one makes it an assisting unit (市财政局（配合）).
 */
public record UnitRef(String surface, int start, boolean lead, boolean assists) {

	public UnitRef(String surface, int start) {
		this(surface, start, false, false);
	}

	public UnitRef(String surface, int start, boolean lead) {
		this(surface, start, lead, false);
	}

	public int end() {
		return this.start + this.surface.length();
	}

	UnitRef asLead() {
		return new UnitRef(this.surface, this.start, true, false);
	}

}
