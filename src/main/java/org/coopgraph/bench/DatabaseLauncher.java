package org.coopgraph.bench;

import java.nio.file.Path;

import org.coopgraph.graph.bulk.BulkLoader;
import org.neo4j.driver.Driver;

/**
 * Opens coopgraph's own database (embedded, as {@code serve} runs it, without the web server) on a data folder; the
 * command line supplies it, so that the benchmarks use the production configuration.
 */
@FunctionalInterface
public interface DatabaseLauncher {

	OpenDatabase open(Path dataDir);

	/** A running database: the application's driver and its bulk path, closed together. */
	interface OpenDatabase extends AutoCloseable {

		Driver driver();

		/**
		 * The in-process bulk path into this database, committing every {@code batchSize} rows with {@code writers}
		 * transactions in flight.
		 */
		BulkLoader bulkLoader(int batchSize, int writers);

		@Override
		void close();

	}

}
