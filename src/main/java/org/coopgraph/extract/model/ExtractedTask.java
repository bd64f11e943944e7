package org.coopgraph.extract.model;

import java.util.List;

/**
 * A numbered task of a work plan or task table. {@code responsible} lists every unit named for it (canonical
 * names), {@code lead} the 牵头单位 where the document separates one, {@code coResponsible} the 共同责任单位;
 * {@code deadline} is the completion time as written, or an empty string.
 */
public record ExtractedTask(String id, String text, List<String> responsible, List<String> lead,
		List<String> coResponsible, String deadline, Evidence evidence) {

	public ExtractedTask {
		responsible = List.copyOf(responsible);
		lead = List.copyOf(lead);
		coResponsible = List.copyOf(coResponsible);
	}

}
