package org.coopgraph.config;

import java.nio.file.Files;
import java.util.List;

import org.coopgraph.graph.GraphSchema;
import org.coopgraph.ingest.IngestJob;
import org.coopgraph.ingest.IngestListener;
import org.coopgraph.ingest.IngestReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Brings the graph up to date when the application starts: applies the schema once every bean exists, before the web
 * server opens its port (so no query meets a missing index), then (for {@code serve}) ingests what is new or changed
 * in the import folder while queries already answer from what is stored. Failed documents are logged by name and
 * skipped.
 */
@Component
@Order(0)
class GraphStartup implements SmartInitializingSingleton, ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(GraphStartup.class);

	private final GraphSchema schema;

	private final IngestJob ingest;

	private final CoopgraphProperties properties;

	GraphStartup(GraphSchema schema, IngestJob ingest, CoopgraphProperties properties) {
		this.schema = schema;
		this.ingest = ingest;
		this.properties = properties;
	}

	@Override
	public void afterSingletonsInstantiated() {
		// Runs before the context's lifecycle starts the web server.
		this.schema.apply();
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.properties.ingestOnStartup()) {
			return;
		}
		if (!Files.isDirectory(this.properties.importDir())) {
			log.info("Import folder {} does not exist; nothing to ingest", this.properties.importDir().toAbsolutePath());
			return;
		}
		IngestReport report = this.ingest.run(List.of(this.properties.importDir()), false,
				IngestListener.NONE);
		log.info("Ingested {}: {} new, {} changed, {} unchanged, {} failed", this.properties.importDir(),
				report.newDocuments(), report.changedDocuments(), report.unchangedDocuments(),
				report.failures().size());
		report.failures().forEach((f) -> log.warn("Skipped {}: {}", f.document(), f.reason()));
	}

}
