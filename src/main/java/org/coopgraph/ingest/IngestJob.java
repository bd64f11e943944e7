package org.coopgraph.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
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
 * Reads, extracts and stores documents, one transaction per document. A document that fails is reported and the run
 * goes on; a database that goes away stops the run, and what was committed before stays. Thread-safe: holds no
 * per-run state.
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

	public IngestReport run(List<Path> roots, boolean dryRun, IngestListener listener) {
		long startedAt = System.nanoTime();
		List<Path> files = this.readers.collect(roots);
		listener.started(files.size(), files.stream().mapToLong(IngestJob::sizeOf).sum());
		IngestTally tally = new IngestTally();
		for (Path file : files) {
			long bytes = sizeOf(file);
			try {
				WriteOutcome outcome = ingest(file, dryRun);
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
		return tally.report(Duration.ofNanos(System.nanoTime() - startedAt));
	}

	/** Ingests text that did not come from a file (the {@code ingestDocument} mutation). */
	public WriteOutcome ingestText(String name, String text) {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		return write(new SourceDocument(name, null, "text", text, sha256(bytes), bytes.length), false);
	}

	private WriteOutcome ingest(Path file, boolean dryRun) {
		return write(this.readers.read(file), dryRun);
	}

	private WriteOutcome write(SourceDocument document, boolean dryRun) {
		DocumentExtraction extraction = this.extractor.extract(document.name(), document.text());
		String title = extraction.title().isBlank() ? firstLine(document.text()) : extraction.title();
		DocumentSource source = new DocumentSource(document.name(), title, document.sha256(), document.format(),
				document.text().length());
		return this.writer.write(source, extraction, dryRun);
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

	/** Running totals of one ingest run. */
	private static final class IngestTally {

		private int created;

		private int changed;

		private int unchanged;

		private int entities;

		private int relations;

		private int tasks;

		private int removedRelations;

		private int removedTasks;

		private long bytes;

		private String aborted;

		private final List<IngestReport.Failure> failures = new ArrayList<>();

		void add(WriteOutcome outcome, long size) {
			this.bytes += size;
			switch (outcome.status()) {
				case NEW -> this.created++;
				case CHANGED -> this.changed++;
				case UNCHANGED -> this.unchanged++;
			}
			this.entities += outcome.entities();
			this.relations += outcome.relations();
			this.tasks += outcome.tasks();
			this.removedRelations += outcome.removedRelations();
			this.removedTasks += outcome.removedTasks();
		}

		void fail(String document, String reason, long size) {
			this.bytes += size;
			this.failures.add(new IngestReport.Failure(document, reason));
		}

		void abort(String reason) {
			this.aborted = reason;
		}

		IngestReport report(Duration elapsed) {
			return new IngestReport(this.created, this.changed, this.unchanged, this.failures, this.entities,
					this.relations, this.tasks, this.removedRelations, this.removedTasks, this.bytes, elapsed,
					this.aborted);
		}

	}

}
