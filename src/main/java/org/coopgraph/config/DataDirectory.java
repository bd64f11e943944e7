package org.coopgraph.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The embedded database's home. Checked before Neo4j touches it, so a read-only or missing folder gives a message
 * naming the folder and the setting rather than a half-created store.
 */
record DataDirectory(Path configured, long minFreeBytes) {

	/**
	 * Creates the folder if needed and checks that it is writable, has room and holds no half-imported store: Neo4j
	 * stalls rather than fails when the disk fills during startup, so a full disk is refused before it starts.
	 */
	Path prepare() {
		Path home = this.configured.toAbsolutePath().normalize();
		try {
			Files.createDirectories(home);
		}
		catch (IOException ex) {
			throw new IllegalStateException(
					"Cannot create the data folder %s (coopgraph.data-dir): %s".formatted(home, ex.getMessage()), ex);
		}
		if (!Files.isWritable(home)) {
			throw new IllegalStateException(
					"The data folder %s is not writable; fix its permissions or set coopgraph.data-dir".formatted(home));
		}
		if (Files.exists(home.resolve(BeforeStoreOpens.INCOMPLETE_MARKER))) {
			throw new IllegalStateException(("The data folder %s holds a store whose offline import was interrupted; "
					+ "delete the folder and load the graph again").formatted(home));
		}
		long free = usableSpace(home);
		if (free < this.minFreeBytes) {
			throw new IllegalStateException(("The data folder %s has only %d MB of free space; the database needs at "
					+ "least %d MB (coopgraph.min-free-space): free some space or set coopgraph.data-dir")
				.formatted(home, free >> 20, this.minFreeBytes >> 20));
		}
		return home;
	}

	private static long usableSpace(Path home) {
		try {
			return Files.getFileStore(home).getUsableSpace();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read the free space of %s: %s".formatted(home, ex.getMessage()), ex);
		}
	}

}
