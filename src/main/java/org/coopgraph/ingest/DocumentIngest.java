package org.coopgraph.ingest;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * Everything that happens to one document of a run: read, checked, extracted and written here
 * ({@link IngestJob}), or sent to a running server that does so. Called on worker threads, so it must be
 * thread-safe; it never throws, and its result never completes exceptionally: every outcome is a
 * {@link DocumentResult}. The result may complete after the call returns (a document extracted here and waiting for
 * the writer), so that the worker goes on to the next document.
 */
@FunctionalInterface
public interface DocumentIngest {

	CompletableFuture<DocumentResult> ingest(Path file, boolean dryRun);

}
