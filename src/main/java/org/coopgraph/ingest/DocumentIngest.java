package org.coopgraph.ingest;

import java.nio.file.Path;

/**
 * Everything that happens to one document of a run: read, checked, extracted and written here
 * ({@link IngestJob}), or sent to a running server that does so. Called on worker threads, so it must be
 * thread-safe; it never throws, every outcome is a {@link DocumentResult}.
 */
@FunctionalInterface
public interface DocumentIngest {

	DocumentResult ingest(Path file, boolean dryRun);

}
