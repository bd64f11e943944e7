package org.coopgraph.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.coopgraph.extract.document.DocumentExtractor;
import org.coopgraph.extract.model.DocumentExtraction;
import org.coopgraph.graph.DocumentSource;
import org.coopgraph.graph.DocumentWrite;
import org.coopgraph.graph.GraphTimeoutException;
import org.coopgraph.graph.GraphUnavailableException;
import org.coopgraph.graph.GraphWriter;
import org.coopgraph.graph.WriteOutcome;
import org.coopgraph.ingest.read.DocumentReaders;
import org.coopgraph.ingest.read.SourceDocument;
import org.coopgraph.ingest.read.UnreadableDocumentException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Reads, extracts and stores documents, in runs over files ({@link IngestRun}: a few workers read, check and extract
 * documents while one thread writes them, several to a transaction: {@link BatchedWriter}) or one document sent to a
 * server at a time. Each document is atomic. A document that fails is reported and the run goes on; a database that
 * goes away stops the run, and what was committed stays. A process killed mid-run leaves each document fully stored
 * or not at all, and the next run stores the rest: stored documents are recognised by content hash before they are
 * extracted. A document stored with sections the extractor could not read is reported as partly extracted; one of
 * which nothing could be read is a failure, and a stored version of it stays. Thread-safe: holds no per-run state
 * besides the counts of {@link #activity()}, and the writes of concurrent runs go through the same writer.
 */
@Component
public class IngestJob implements AutoCloseable {

	/**
	 * Workers when the caller does not say: one per core, so that extraction uses every core, and the writer's
	 * thread takes its share when there is writing to do; at least two.
	 */
	public static final int DEFAULT_WORKERS = Math.max(2, Runtime.getRuntime().availableProcessors());

	private static final Logger log = LoggerFactory.getLogger(IngestJob.class);

	private final DocumentReaders readers;

	private final DocumentExtractor extractor;

	private final GraphWriter writer;

	// Documents share entities (every plan names its cities and departments), so concurrent writers would mostly
	// wait on each other's entity locks and retry deadlocks: one writer, in batches, is faster.
	private final BatchedWriter writes;

	private final IngestActivity activity = new IngestActivity();

	public IngestJob(DocumentReaders readers, DocumentExtractor extractor, GraphWriter writer) {
		this.readers = readers;
		this.extractor = extractor;
		this.writer = writer;
		this.writes = new BatchedWriter(writer);
	}

	/**
	 * Writes what is queued, then stops the writer; Spring calls it before the database this job writes to stops.
	 */
	@Override
	public void close() throws InterruptedException {
		this.writes.close();
	}

	/** Ingests every supported file under {@code roots} with {@link #DEFAULT_WORKERS} workers. */
	public IngestReport run(List<Path> roots, boolean dryRun, IngestListener listener) {
		return run(roots, dryRun, DEFAULT_WORKERS, listener);
	}

	/**
	 * Ingests every supported file under {@code roots}.
	 * @param dryRun work out what would change, storing nothing
	 * @param workers how many documents to process at once
	 * @param listener told about each document as it is done, in path order, on the calling thread
	 */
	public IngestReport run(List<Path> roots, boolean dryRun, int workers, IngestListener listener) {
		List<Path> files = this.readers.collect(roots);
		try (IngestActivity.Run run = this.activity.begin(files.size())) {
			return IngestRun.run(files, dryRun, workers, listener, (file, dry) -> ingest(file, dry).thenApply((result) -> {
				run.done(result.outcome() == null);
				return result;
			}));
		}
	}

	/**
	 * Ingests one document sent to a running server, as a run would ingest the file {@code name} with these bytes.
	 * Never throws: every outcome, including a name no reader supports, is a {@link DocumentResult}.
	 */
	public DocumentResult ingestUpload(String name, byte[] bytes, boolean dryRun) {
		Path folder = null;
		try {
			folder = Files.createTempDirectory("coopgraph-upload-");
			Path file = folder.resolve(Path.of(name).getFileName().toString());
			Files.write(file, bytes);
			try (IngestActivity.Run run = this.activity.begin(1)) {
				DocumentResult result = ingest(file, dryRun).join();
				run.done(result.outcome() == null);
				return result;
			}
		}
		catch (IOException | InvalidPathException ex) {
			return DocumentResult.failed(name, name + ": cannot be received: " + ex.getMessage(), bytes.length,
					new long[IngestStage.values().length]);
		}
		finally {
			deleteQuietly(folder);
		}
	}

	/** What the runs of this job under way are doing now. */
	public IngestActivity activity() {
		return this.activity;
	}

	/** Ingests text that did not come from a file (the {@code ingestDocument} mutation). */
	public WriteOutcome ingestText(String name, String text) {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		return write(new SourceDocument(name, null, "text", text, sha256(bytes), bytes.length), false);
	}

	/**
	 * Runs on a worker: reads, checks and extracts one document, and hands it to the writer. The result is complete
	 * once the document is written; every failure, caught, is a result, so that the run can go on.
	 */
	private CompletableFuture<DocumentResult> ingest(Path file, boolean dryRun) {
		String name = file.getFileName().toString();
		long bytes = IngestRun.sizeOf(file);
		long[] nanos = new long[IngestStage.values().length];
		long started = System.nanoTime();
		try {
			SourceDocument document = this.readers.read(file);
			long read = System.nanoTime();
			nanos[IngestStage.READ.ordinal()] = read - started;
			// Extraction is the slow part: skip it when the graph already holds this exact content.
			if (this.writer.holds(document.name(), document.sha256())) {
				nanos[IngestStage.WRITE.ordinal()] = System.nanoTime() - read;
				return CompletableFuture
					.completedFuture(DocumentResult.written(WriteOutcome.unchanged(document.name()), bytes, nanos));
			}
			DocumentExtraction extraction = this.extractor.extract(document.name(), document.text());
			long extracted = System.nanoTime();
			nanos[IngestStage.EXTRACT.ordinal()] = extracted - read;
			return this.writes.submit(new DocumentWrite(source(document, extraction), extraction), dryRun)
				.handle((outcome, failure) -> {
					// Writing includes the wait in the writer's queue.
					nanos[IngestStage.WRITE.ordinal()] = System.nanoTime() - extracted;
					return (failure != null) ? failed(file, failure, bytes, nanos)
							: written(name, extraction, outcome, bytes, nanos);
				});
		}
		catch (RuntimeException ex) {
			return CompletableFuture.completedFuture(failed(file, ex, bytes, nanos));
		}
	}

	private static DocumentResult written(String name, DocumentExtraction extraction, WriteOutcome outcome, long bytes,
			long[] nanos) {
		String problems = String.join("; ", extraction.problems());
		return switch (extraction.state()) {
			case COMPLETE -> DocumentResult.written(outcome, bytes, nanos);
			case PARTIAL -> DocumentResult.partlyExtracted(outcome, name + ": partly extracted: " + problems, bytes,
					nanos);
			case FAILED -> DocumentResult.failed(name,
					name + ": nothing could be extracted, a stored version is kept: " + problems, bytes, nanos);
		};
	}

	private static DocumentResult failed(Path file, Throwable failure, long bytes, long[] nanos) {
		String name = file.getFileName().toString();
		Throwable ex = (failure instanceof CompletionException && failure.getCause() != null) ? failure.getCause()
				: failure;
		if (ex instanceof GraphUnavailableException) {
			return DocumentResult.storeGone(name, ex.getMessage(), bytes, nanos);
		}
		if (ex instanceof GraphTimeoutException) {
			// The database still serves the documents that follow.
			return DocumentResult.failed(name, name + ": " + ex.getMessage(), bytes, nanos);
		}
		if (ex instanceof UnreadableDocumentException) {
			return DocumentResult.failed(name, ex.getMessage(), bytes, nanos);
		}
		log.debug("Ingest of {} failed", file, ex);
		return DocumentResult.failed(name, name + ": " + ex.getClass().getSimpleName() + ": " + ex.getMessage(), bytes,
				nanos);
	}

	private WriteOutcome write(SourceDocument document, boolean dryRun) {
		DocumentExtraction extraction = this.extractor.extract(document.name(), document.text());
		try {
			return this.writes.submit(new DocumentWrite(source(document, extraction), extraction), dryRun).join();
		}
		catch (CompletionException ex) {
			throw (ex.getCause() instanceof RuntimeException cause) ? cause : ex;
		}
	}

	private static DocumentSource source(SourceDocument document, DocumentExtraction extraction) {
		String title = extraction.title().isBlank() ? firstLine(document.text()) : extraction.title();
		return new DocumentSource(document.name(), title, document.sha256(), document.format(),
				document.text().length());
	}

	private static String firstLine(String text) {
		return text.lines().map(String::strip).filter((l) -> !l.isEmpty()).findFirst().orElse("");
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required of every Java runtime", ex);
		}
	}

	private static void deleteQuietly(Path folder) {
		if (folder == null) {
			return;
		}
		try (var files = Files.list(folder)) {
			for (Path file : files.toList()) {
				Files.deleteIfExists(file);
			}
			Files.deleteIfExists(folder);
		}
		catch (IOException ex) {
			log.debug("Could not delete the upload folder {}", folder, ex);
		}
	}


}
