package org.coopgraph.extract.structure;

import java.util.List;

/**
 * A task as read from the document structure, before unit names are made canonical. {@code lead} are the 牵头单位,
 * {@code co} the 共同责任单位, {@code other} every other unit named as responsible.
 */
public record RawTask(String id, String text, List<UnitRef> lead, List<UnitRef> co, List<UnitRef> other,
		String deadline, int start, int end, String structure) {

	public RawTask {
		lead = List.copyOf(lead);
		co = List.copyOf(co);
		other = List.copyOf(other);
	}

	public RawTask withId(String value) {
		return new RawTask(value, this.text, this.lead, this.co, this.other, this.deadline, this.start, this.end,
				this.structure);
	}

}
