package org.coopgraph.bench;

import java.nio.file.Path;
import java.util.Optional;

import org.coopgraph.bench.bulk.BulkLoadReport;
import org.coopgraph.bench.bulk.BulkLoader;
import org.coopgraph.bench.bulk.OfflineImport;
import org.neo4j.driver.Driver;

/**
 * Opens coopgraph's own database (embedded, as {@code serve} runs it, without the web server) on a data folder; the
 * command line supplies it, so that the benchmarks use the production configuration.
 */
@FunctionalInterface
public interface DatabaseLauncher {

	/**
	 * Opens the database on {@code dataDir}; with an offline import, which writes the store first when the folder
	 * has none.
	 */
	OpenDatabase open(Path dataDir, Optional<OfflineImport> offlineImport);

	/** A running database: the application's driver, its bulk path and its beans, closed together. */
	interface OpenDatabase extends AutoCloseable {

		Driver driver();

		/**
		 * The in-process bulk path into this database, committing every {@code batchSize} rows with {@code writers}
		 * transactions in flight.
		 */
		BulkLoader bulkLoader(int batchSize, int writers);

		/** One of the application's own beans, for example {@code IngestJob}, as the command line uses it. */
		<T> T bean(Class<T> type);

		/** Builds the schema over the store that {@code offlineImport} wrote before this database started. */
		BulkLoadReport finish(OfflineImport offlineImport);

		@Override
		void close();

	}

}
