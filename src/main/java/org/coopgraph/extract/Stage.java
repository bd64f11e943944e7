package org.coopgraph.extract;

import java.util.Set;

/**
 * One step of the extraction pipeline. A stage reads the slots it {@link #requires()} and returns a copy of the
 * extraction with the slots it {@link #provides()} filled in or rewritten; it leaves every other slot as it found it. Stages are stateless and thread-safe.
 */
public interface Stage {

	Extraction apply(Extraction in);

	Set<Slot> requires();

	Set<Slot> provides();

	default String name() {
		return getClass().getSimpleName();
	}

}
