package org.coopgraph.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything one {@code coopgraph bench} run measured, per graph size, with the machine it ran on. Filled in as the
 * run goes; not thread-safe.
 */
final class BenchResults {

	final Machine machine;

	final BenchSettings settings;

	ExtractionBench.Figures extraction;

	IngestBench.Figures ingest;

	final List<SizeResults> sizes = new ArrayList<>();

	BenchResults(Machine machine, BenchSettings settings) {
		this.machine = machine;
		this.settings = settings;
	}

	/** The figures of one graph size. */
	static final class SizeResults {

		final int entities;

		long nodes;

		long relationships;

		LoadBench.Figures load;

		double startupSeconds;

		long rssAfterStartMib;

		long rssAfterQueriesMib;

		long peakRssMib;

		List<QueryBench.Figures> queries = List.of();

		final List<ConcurrencyBench.Figures> throughput = new ArrayList<>();

		String loadAtQueries;

		SizeResults(int entities) {
			this.entities = entities;
		}

	}

}
