package org.coopgraph.bench.bulk;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

import org.neo4j.batchimport.api.BatchImporter;
import org.neo4j.batchimport.api.Configuration;
import org.neo4j.batchimport.api.Monitor;
import org.neo4j.batchimport.api.input.Collector;
import org.neo4j.batchimport.api.input.Input;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.internal.batchimport.DefaultAdditionalIds;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.io.fs.FileSystemAbstraction;
import org.neo4j.io.layout.DatabaseLayout;
import org.neo4j.io.layout.Neo4jLayout;
import org.neo4j.io.pagecache.context.CursorContextFactory;
import org.neo4j.io.pagecache.tracing.PageCacheTracer;
import org.neo4j.kernel.DatabaseCreationOptions;
import org.neo4j.kernel.impl.index.schema.DefaultIndexProvidersAccess;
import org.neo4j.kernel.impl.index.schema.IndexImporterFactoryImpl;
import org.neo4j.kernel.impl.scheduler.JobSchedulerFactory;
import org.neo4j.kernel.impl.transaction.log.files.LogTailMetadataFactoryImpl;
import org.neo4j.kernel.impl.transaction.log.files.TransactionLogInitializer;
import org.neo4j.logging.internal.LogService;
import org.neo4j.logging.internal.NullLogService;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.scheduler.JobScheduler;
import org.neo4j.storageengine.api.StorageEngineFactory;

/**
 * Writes a store with Neo4j's own batch importer, the engine behind {@code neo4j-admin database import}, into the
 * default database of a Neo4j home that no running database uses. The only class of coopgraph that calls Neo4j's
 * internal API: its arguments mirror what {@code neo4j-admin} passes in this Neo4j version, and an upgrade that
 * changes them breaks the build here and nowhere else.
 */
final class OfflineStoreWriter {

	private OfflineStoreWriter() {
	}

	/** Where the default database of {@code home} keeps its store and its transaction logs. */
	static DatabaseLayout layout(Path home) {
		Config config = config(home);
		return StorageEngineFactory.selectStorageEngine(config)
			.databaseLayout(Neo4jLayout.of(config), GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
	}

	/**
	 * Imports {@code input} as the default database of {@code home}.
	 * @param progress where the importer prints its stages; {@code null} for nowhere
	 */
	static void write(Path home, Input input, PrintStream progress) throws IOException {
		Config config = config(home);
		StorageEngineFactory engine = StorageEngineFactory.selectStorageEngine(config);
		DatabaseLayout layout = engine.databaseLayout(Neo4jLayout.of(config), GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		PrintStream out = (progress != null) ? progress : new PrintStream(PrintStream.nullOutputStream());
		LogService logs = NullLogService.getInstance();
		CursorContextFactory contexts = CursorContextFactory.NULL_CONTEXT_FACTORY;
		JobScheduler scheduler = JobSchedulerFactory.createInitialisedScheduler();
		try (FileSystemAbstraction fs = new DefaultFileSystemAbstraction()) {
			BatchImporter importer = engine.batchImporter(layout, fs, false, PageCacheTracer.NULL,
					Configuration.DEFAULT, logs, out, false, DefaultAdditionalIds.EMPTY,
					new LogTailMetadataFactoryImpl(fs), config, Monitor.NO_MONITOR, scheduler, Collector.STRICT,
					TransactionLogInitializer.getLogFilesInitializer(), new IndexImporterFactoryImpl(),
					EmptyMemoryTracker.INSTANCE, contexts,
					() -> new DefaultIndexProvidersAccess(engine, fs, config, scheduler, logs, PageCacheTracer.NULL,
							contexts),
					0, null, DatabaseCreationOptions.EMPTY_CREATION_OPTIONS, BatchImporter.HardwareValidation.NONE);
			importer.doImport(input);
		}
		finally {
			shutdown(scheduler);
		}
	}

	private static Config config(Path home) {
		return Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, home.toAbsolutePath()).build();
	}

	private static void shutdown(JobScheduler scheduler) throws IOException {
		try {
			scheduler.shutdown();
		}
		catch (Exception ex) {
			throw new IOException("the importer's job scheduler did not stop: " + ex.getMessage(), ex);
		}
	}

}
