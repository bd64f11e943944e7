package org.coopgraph.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.coopgraph.ingest.IngestJob;
import org.coopgraph.ingest.IngestListener;
import org.coopgraph.ingest.IngestReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * {@code serve --watch}: ingests files dropped into (or changed in) the import folder while the server runs. The
 * folder is looked at every {@link #PERIOD_SECONDS} seconds; a file is taken once its size and modification time
 * held still between two looks, so that a file still being copied is not read half-written. Unchanged content is
 * skipped by the ingest itself (name and content hash). One daemon thread; stops with the application.
 */
@Component
@ConditionalOnProperty(name = "coopgraph.watch-import", havingValue = "true")
class ImportFolderWatch implements AutoCloseable {

	static final long PERIOD_SECONDS = 2;

	private static final Logger log = LoggerFactory.getLogger(ImportFolderWatch.class);

	private final IngestJob ingest;

	private final Path folder;

	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "coopgraph-import-watch");
		thread.setDaemon(true);
		return thread;
	});

	/** What each file looked like at the previous look, and at the last ingest. */
	private Map<Path, String> seen = Map.of();

	private final Map<Path, String> ingested = new HashMap<>();

	ImportFolderWatch(IngestJob ingest, CoopgraphProperties properties) {
		this.ingest = ingest;
		this.folder = properties.importDir();
	}

	/** After the startup ingest: what is there now counts as ingested. */
	@EventListener(ApplicationReadyEvent.class)
	void start() {
		this.seen = look();
		this.ingested.putAll(this.seen);
		this.timer.scheduleWithFixedDelay(this::poll, PERIOD_SECONDS, PERIOD_SECONDS, TimeUnit.SECONDS);
		log.info("Watching {} for new and changed documents", this.folder.toAbsolutePath());
	}

	private void poll() {
		try {
			Map<Path, String> now = look();
			List<Path> settled = now.entrySet()
				.stream()
				.filter((file) -> file.getValue().equals(this.seen.get(file.getKey())))
				.filter((file) -> !file.getValue().equals(this.ingested.get(file.getKey())))
				.map(Map.Entry::getKey)
				.sorted()
				.toList();
			this.seen = now;
			if (settled.isEmpty()) {
				return;
			}
			IngestReport report = this.ingest.run(settled, false, IngestListener.NONE);
			settled.forEach((file) -> this.ingested.put(file, now.get(file)));
			log.info("Ingested {} document(s) dropped into {}: {} new, {} changed, {} unchanged, {} failed",
					settled.size(), this.folder, report.newDocuments(), report.changedDocuments(),
					report.unchangedDocuments(), report.failures().size());
			report.failures().forEach((f) -> log.warn("Skipped {}: {}", f.document(), f.reason()));
		}
		catch (RuntimeException ex) {
			// The next look tries again; a watcher that died silently would be worse.
			log.warn("Watching {} failed: {}", this.folder, ex.toString());
		}
	}

	/** Each regular file under the folder with its size and modification time. */
	private Map<Path, String> look() {
		if (!Files.isDirectory(this.folder)) {
			return Map.of();
		}
		Map<Path, String> files = new HashMap<>();
		try (Stream<Path> walk = Files.walk(this.folder)) {
			walk.forEach((file) -> {
				try {
					BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
					if (attributes.isRegularFile()) {
						files.put(file, attributes.size() + "@" + attributes.lastModifiedTime().toMillis());
					}
				}
				catch (IOException ex) {
					// Deleted between listing and reading: it is simply not there.
				}
			});
		}
		catch (IOException | RuntimeException ex) {
			log.debug("Cannot list {}", this.folder, ex);
		}
		return files;
	}

	@Override
	public void close() {
		this.timer.shutdownNow();
	}

}
