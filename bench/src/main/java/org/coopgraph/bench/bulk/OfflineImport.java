package org.coopgraph.bench.bulk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import org.coopgraph.config.BeforeStoreOpens;
import org.coopgraph.graph.GraphSchema;
import org.neo4j.driver.Driver;
import org.neo4j.io.fs.FileUtils;
import org.neo4j.io.layout.DatabaseLayout;

/**
 * coopgraph's fastest bulk path: writes a whole {@link BulkGraph} as the store of a new embedded database before that
 * database starts, through Neo4j's batch importer (no transactions, no locks, records written in order), then builds
 * the schema once the database runs on it. Only for a data folder that has no database yet; {@link BulkLoader} loads
 * into a running, empty one. One import per instance. Registered as the service's {@link BeforeStoreOpens} hook, it runs
 * after the data folder is checked and before the database starts.
 */
public final class OfflineImport implements BeforeStoreOpens {

	private final BulkGraph graph;

	private final BulkProgress progress;

	private Duration nodeTime;

	private Duration relationshipTime;

	private long importedAt;

	/**
	 * @param progress told as each group has been handed to the importer
	 */
	public OfflineImport(BulkGraph graph, BulkProgress progress) {
		this.graph = graph;
		this.progress = progress;
	}

	@Override
	public void beforeStoreOpens(Path home) {
		importIfNew(home);
	}

	/**
	 * Writes the graph as the default database of the Neo4j home {@code home} unless it already has one. On failure
	 * nothing of the new store is left behind.
	 * @return whether it wrote the store; {@code false} when a database was already there, untouched
	 * @throws IllegalStateException when the import fails, naming the folder and the cause
	 */
	public boolean importIfNew(Path home) {
		DatabaseLayout layout = OfflineStoreWriter.layout(home);
		if (hasFiles(layout.databaseDirectory()) || hasFiles(layout.getTransactionLogsDirectory())) {
			return false;
		}
		if (this.nodeTime != null) {
			throw new IllegalStateException("this offline import has already written a store");
		}
		Path marker = home.resolve(INCOMPLETE_MARKER);
		GraphInput input = new GraphInput(this.graph, this.progress);
		long start = System.nanoTime();
		try {
			Files.createDirectories(home);
			Files.writeString(marker, "An offline import into this folder started and has not finished.\n");
			OfflineStoreWriter.write(home, input.input(), null);
			Files.delete(marker);
		}
		catch (IOException | RuntimeException ex) {
			removeStore(layout, marker);
			throw new IllegalStateException("The offline import into %s failed: %s".formatted(home, ex.getMessage()),
					ex);
		}
		long end = System.nanoTime();
		long relationshipsStart = (input.relationshipsStartedAt() == 0) ? end : input.relationshipsStartedAt();
		this.nodeTime = Duration.ofNanos(relationshipsStart - start);
		this.relationshipTime = Duration.ofNanos(end - relationshipsStart);
		this.importedAt = end;
		return true;
	}

	/** Whether {@link #importIfNew} wrote the store. */
	public boolean imported() {
		return this.nodeTime != null;
	}

	/**
	 * Builds the schema over the imported store, once the database runs on it, and waits for every index.
	 * @return the whole load: the importer's node and relationship phases, and as index time everything from the
	 * end of the import to the last index online, the database's start included (the application may already have
	 * begun building the schema as it started)
	 * @throws IllegalStateException when nothing was imported
	 */
	public BulkLoadReport finish(Driver driver, GraphSchema schema) {
		if (!imported()) {
			throw new IllegalStateException("the offline import wrote no store, so there is nothing to index");
		}
		new BulkSchema(driver, schema).buildOverData();
		return new BulkLoadReport(this.graph.nodeCount(), this.graph.relationshipCount(), this.nodeTime,
				Duration.ofNanos(System.nanoTime() - this.importedAt), this.relationshipTime, 0);
	}

	private static boolean hasFiles(Path folder) {
		if (!Files.isDirectory(folder)) {
			return false;
		}
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.findAny().isPresent();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list " + folder, ex);
		}
	}

	private static void removeStore(DatabaseLayout layout, Path marker) {
		try {
			FileUtils.deleteDirectory(layout.databaseDirectory());
			FileUtils.deleteDirectory(layout.getTransactionLogsDirectory());
			Files.deleteIfExists(marker);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot remove the store of a failed offline import in "
					+ layout.databaseDirectory() + "; delete the data folder by hand", ex);
		}
	}

}
