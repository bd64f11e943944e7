package org.coopgraph.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantLock;

import org.coopgraph.extract.document.DocumentExtractor;
import org.coopgraph.extract.model.DocumentExtraction;
import org.coopgraph.graph.DocumentSource;
import org.coopgraph.graph.GraphWriter;
import org.coopgraph.graph.WriteOutcome;
import org.coopgraph.ingest.read.DocumentReaders;
import org.coopgraph.ingest.read.SourceDocument;
import org.coopgraph.ingest.read.UnreadableDocumentException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Reads, extracts and stores documents, one transaction per document. A few worker threads read, check and extract
 * documents while one of them writes, but the listener hears about them and the report counts them in path order,
 * on the calling thread. At most two documents per worker are in memory at
 * once, so memory does not grow with the batch. A document that fails is reported and the run goes on; a database
 * that goes away stops the run (documents already in flight finish), and what was committed stays. A process killed
 * mid-run leaves each document fully stored or not at all, and the next run stores the rest: stored documents are
 * recognised by content hash before they are extracted. A document stored with sections the extractor could not read
 * is reported as partly extracted; one of which nothing could be read is a failure, and a stored version of it stays. Thread-safe: holds no per-run state, and the writes of
 * concurrent runs take turns.
 */
@Component
public class IngestJob {

	/** Workers when the caller does not say: one can extract while the other writes. */
	public static final int DEFAULT_WORKERS = 2;

	private static final Logger log = LoggerFactory.getLogger(IngestJob.class);

	private final DocumentReaders readers;

	private final DocumentExtractor extractor;

	private final GraphWriter writer;

	private final ReentrantLock writing = new ReentrantLock(true);

	public IngestJob(DocumentReaders readers, DocumentExtractor extractor, GraphWriter writer) {
		this.readers = readers;
		this.extractor = extractor;
		this.writer = writer;
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
		long startedAt = System.nanoTime();
		List<Path> files = this.readers.collect(roots);
		listener.started(files.size(), files.stream().mapToLong(IngestJob::sizeOf).sum());
		IngestTally tally = new IngestTally(dryRun);
		int threads = Math.max(1, workers);
		ExecutorService pool = Executors.newFixedThreadPool(threads, (task) -> {
			Thread thread = new Thread(task, "coopgraph-ingest");
			thread.setDaemon(true);
			return thread;
		});
		Deque<Future<DocumentResult>> inFlight = new ArrayDeque<>();
		Iterator<Path> next = files.iterator();
		try {
			while (true) {
				while (next.hasNext() && inFlight.size() < 2 * threads && !tally.aborted()) {
					Path file = next.next();
					inFlight.add(pool.submit(() -> ingest(file, dryRun)));
				}
				if (inFlight.isEmpty()) {
					break;
				}
				record(await(inFlight.poll()), tally, listener);
			}
		}
		finally {
			pool.shutdownNow();
		}
		IngestReport report = tally.report(Duration.ofNanos(System.nanoTime() - startedAt));
		listener.finished(report);
		return report;
	}

	/** Ingests text that did not come from a file (the {@code ingestDocument} mutation). */
	public WriteOutcome ingestText(String name, String text) {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		return write(new SourceDocument(name, null, "text", text, sha256(bytes), bytes.length), false);
	}

	/** Runs on a worker: everything that happens to one document, caught so that the run can go on. */
	private DocumentResult ingest(Path file, boolean dryRun) {
		String name = file.getFileName().toString();
		long bytes = sizeOf(file);
		long[] nanos = new long[IngestStage.values().length];
		long started = System.nanoTime();
		try {
			SourceDocument document = this.readers.read(file);
			long read = System.nanoTime();
			nanos[IngestStage.READ.ordinal()] = read - started;
			// Extraction is the slow part: skip it when the graph already holds this exact content.
			if (this.writer.holds(document.name(), document.sha256())) {
				nanos[IngestStage.WRITE.ordinal()] = System.nanoTime() - read;
				return DocumentResult.written(WriteOutcome.unchanged(document.name()), bytes, nanos);
			}
			DocumentExtraction extraction = this.extractor.extract(document.name(), document.text());
			long extracted = System.nanoTime();
			nanos[IngestStage.EXTRACT.ordinal()] = extracted - read;
			WriteOutcome outcome;
			// Documents share entities (every plan names its cities and departments), so concurrent writes would
			// mostly wait on each other's entity locks and retry deadlocks: measured slower than one writer at a
			// time. Reading, hash checks and extraction still overlap with the write in progress.
			this.writing.lock();
			try {
				outcome = this.writer.write(source(document, extraction), extraction, dryRun);
			}
			finally {
				this.writing.unlock();
			}
			nanos[IngestStage.WRITE.ordinal()] = System.nanoTime() - extracted;
			String problems = String.join("; ", extraction.problems());
			return switch (extraction.state()) {
				case COMPLETE -> DocumentResult.written(outcome, bytes, nanos);
				case PARTIAL -> DocumentResult.partlyExtracted(outcome, name + ": partly extracted: " + problems,
						bytes, nanos);
				case FAILED -> DocumentResult.failed(name,
						name + ": nothing could be extracted, a stored version is kept: " + problems, bytes, nanos);
			};
		}
		catch (ServiceUnavailableException | SessionExpiredException ex) {
			return DocumentResult.storeGone(name, "the database became unavailable: " + ex.getMessage(), bytes, nanos);
		}
		catch (UnreadableDocumentException ex) {
			return DocumentResult.failed(name, ex.getMessage(), bytes, nanos);
		}
		catch (RuntimeException ex) {
			log.debug("Ingest of {} failed", file, ex);
			return DocumentResult.failed(name, name + ": " + ex.getClass().getSimpleName() + ": " + ex.getMessage(),
					bytes, nanos);
		}
	}

	private static void record(DocumentResult result, IngestTally tally, IngestListener listener) {
		for (IngestStage stage : IngestStage.values()) {
			tally.time(stage, result.nanos()[stage.ordinal()]);
		}
		if (result.outcome() != null) {
			tally.add(result.outcome(), result.bytes());
			listener.written(result.outcome(), result.bytes());
			if (result.reason() != null) {
				tally.partlyExtracted(result.document(), result.reason());
				listener.partlyExtracted(result.document(), result.reason());
			}
		}
		else if (result.storeGone()) {
			tally.abort(result.reason());
		}
		else {
			tally.fail(result.document(), result.reason(), result.bytes());
			listener.failed(result.document(), result.reason(), result.bytes());
		}
	}

	private static DocumentResult await(Future<DocumentResult> future) {
		try {
			return future.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Ingest was interrupted", ex);
		}
		catch (ExecutionException ex) {
			// ingest() catches every RuntimeException; only an Error gets here.
			throw new IllegalStateException("Ingest worker failed", ex.getCause());
		}
	}

	private WriteOutcome write(SourceDocument document, boolean dryRun) {
		DocumentExtraction extraction = this.extractor.extract(document.name(), document.text());
		return this.writer.write(source(document, extraction), extraction, dryRun);
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

	private static long sizeOf(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			return 0;
		}
	}

}
