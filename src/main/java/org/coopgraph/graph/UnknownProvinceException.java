package org.coopgraph.graph;

import java.util.List;

/** A client named a province the division table does not have. */
public class UnknownProvinceException extends RuntimeException {

	public UnknownProvinceException(String argument, String written, List<String> provinces) {
		super("Argument '%s': '%s' is not a province; give a province's name with or without its suffix (江苏 or 江苏省) or its code (320000), one of %s"
			.formatted(argument, written, String.join(", ", provinces)));
	}

}
