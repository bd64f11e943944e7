package org.coopgraph.ingest;

/** The steps each document goes through in an ingest run, timed separately in {@link IngestReport#stages()}. */
public enum IngestStage {

	/** Reading the file and decoding its text. */
	READ,
	/** Running the extractor. */
	EXTRACT,
	/** Comparing with and writing to the graph (in a dry run, up to the rollback). */
	WRITE

}
