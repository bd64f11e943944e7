package org.coopgraph.support;

import java.util.Set;

import org.coopgraph.extract.Extraction;
import org.coopgraph.extract.ExtractionPipeline;
import org.coopgraph.extract.Slot;
import org.coopgraph.extract.Stage;
import org.coopgraph.extract.document.DocumentExtractor;

/**
 * A pipeline stage that throws on every section holding {@link #TRIPWIRE}, as a rule tripping over its input would,
 * and passes the others through unchanged: lets tests check what a failed section does to a document.
 */
public final class TripwireStage implements Stage {

	/** A character no test document otherwise contains. */
	public static final String TRIPWIRE = "\u2612";

	/** An extractor whose only stage is the tripwire: documents without it extract completely, with no facts. */
	public static DocumentExtractor extractor() {
		return new DocumentExtractor(ExtractionPipeline.of(new TripwireStage()));
	}

	@Override
	public Extraction apply(Extraction in) {
		if (in.text().text().contains(TRIPWIRE)) {
			throw new IllegalStateException("tripwire in " + in.docName());
		}
		return in;
	}

	@Override
	public Set<Slot> requires() {
		return Set.of();
	}

	@Override
	public Set<Slot> provides() {
		return Set.of();
	}

}
