package org.coopgraph.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

import org.coopgraph.extract.DocumentExtractor;
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
 * Reads, extracts and stores documents, one transaction per document, in path order. A document that fails is
 * reported and the run goes on; a database that goes away stops the run, and what was committed before stays. A
 * process killed mid-run leaves each document fully stored or not at all, and the next run stores the rest (the
 * stored ones are skipped by content hash). Memory is bounded by the largest single document, not the batch.
 * Thread-safe: holds no per-run state.
 */
@Component
public class IngestJob {

	private static final Logger log = LoggerFactory.getLogger(IngestJob.class);

	private final DocumentReaders readers;

	private final DocumentExtractor extractor;

	private final GraphWriter writer;

	public IngestJob(DocumentReaders readers, DocumentExtractor extractor, GraphWriter writer) {
		this.readers = readers;
		this.extractor = extractor;
		this.writer = writer;
	}

	/**
	 * Ingests every supported file under {@code roots}.
	 * @param dryRun work out what would change, storing nothing
	 * @param listener told about each document as it is done
	 */
	public IngestReport run(List<Path> roots, boolean dryRun, IngestListener listener) {
		long startedAt = System.nanoTime();
		List<Path> files = this.readers.collect(roots);
		listener.started(files.size(), files.stream().mapToLong(IngestJob::sizeOf).sum());
		IngestTally tally = new IngestTally(dryRun);
		for (Path file : files) {
			long bytes = sizeOf(file);
			try {
				WriteOutcome outcome = ingest(file, dryRun, tally);
				tally.add(outcome, bytes);
				listener.written(outcome, bytes);
			}
			catch (ServiceUnavailableException | SessionExpiredException ex) {
				tally.abort("the database became unavailable: " + ex.getMessage());
				break;
			}
			catch (UnreadableDocumentException ex) {
				fail(tally, listener, file, ex.getMessage(), bytes);
			}
			catch (RuntimeException ex) {
				log.debug("Ingest of {} failed", file, ex);
				fail(tally, listener, file, file.getFileName() + ": " + ex.getClass().getSimpleName() + ": "
						+ ex.getMessage(), bytes);
			}
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

	private WriteOutcome ingest(Path file, boolean dryRun, IngestTally tally) {
		long started = System.nanoTime();
		SourceDocument document = this.readers.read(file);
		long read = System.nanoTime();
		tally.time(IngestStage.READ, read - started);
		// Extraction is the slow part: skip it when the graph already holds this exact content.
		if (this.writer.holds(document.name(), document.sha256())) {
			tally.time(IngestStage.WRITE, System.nanoTime() - read);
			return WriteOutcome.unchanged(document.name());
		}
		DocumentExtraction extraction = this.extractor.extract(document.name(), document.text());
		long extracted = System.nanoTime();
		tally.time(IngestStage.EXTRACT, extracted - read);
		WriteOutcome outcome = this.writer.write(source(document, extraction), extraction, dryRun);
		tally.time(IngestStage.WRITE, System.nanoTime() - extracted);
		return outcome;
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

	private static void fail(IngestTally tally, IngestListener listener, Path file, String reason, long bytes) {
		tally.fail(file.getFileName().toString(), reason, bytes);
		listener.failed(file.getFileName().toString(), reason, bytes);
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
