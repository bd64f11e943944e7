package org.coopgraph.extract.stage;

import org.coopgraph.extract.model.EntityType;

/** A name found at {@code [start, end)} of a paragraph; {@code level} is 省, 市 or 县 when the name opens with one, else 0. */
record Candidate(int start, int end, EntityType type, char level) {

	Candidate(int start, int end, EntityType type) {
		this(start, end, type, (char) 0);
	}

}
