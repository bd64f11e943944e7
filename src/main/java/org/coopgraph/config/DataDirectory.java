package org.coopgraph.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The embedded database's home. Checked before Neo4j touches it, so a read-only or missing folder gives a message
 * naming the folder and the setting rather than a half-created store.
 */
record DataDirectory(Path configured) {

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
		return home;
	}

}
