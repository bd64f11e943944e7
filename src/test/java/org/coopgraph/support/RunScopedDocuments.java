package org.coopgraph.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.coopgraph.graph.GraphWriter;

/**
 * The documents and entity names a test writes into the shared test database, made unique by a run id so that tests
 * never share them with each other or with the seeds, and the list of documents to remove when the test ends.
 */
public final class RunScopedDocuments {

	/** Letters of a run id. */
	private static final int RUN_LETTERS = 8;

	// Letters only: a hexadecimal id could hold a year (a2019bcd), which the writer reads from a document's name to
	// date its deadlines, and a test comparing stored properties then saw a due date it did not write.
	private final String run = letters(RUN_LETTERS);

	private final List<String> written = new ArrayList<>();

	private static String letters(int count) {
		StringBuilder letters = new StringBuilder(count);
		ThreadLocalRandom random = ThreadLocalRandom.current();
		for (int i = 0; i < count; i++) {
			letters.append((char) ('a' + random.nextInt(26)));
		}
		return letters.toString();
	}

	/** This run's id. */
	public String run() {
		return this.run;
	}

	/** {@code name} made this run's own. */
	public String name(String name) {
		return name + this.run;
	}

	/** A document name of this run: {@code prefix}, the run id, then {@code name}. */
	public String document(String prefix, String name) {
		return prefix + this.run + "-" + name;
	}

	/** Records {@code doc} for removal when the test ends. */
	public void written(String doc) {
		this.written.add(doc);
	}

	/** Removes every recorded document. */
	public void removeAll(GraphWriter writer) {
		this.written.forEach(writer::remove);
	}

}
