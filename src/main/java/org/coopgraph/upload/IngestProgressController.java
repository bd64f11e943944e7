package org.coopgraph.upload;

import org.coopgraph.ingest.IngestActivity;
import org.coopgraph.ingest.IngestJob;

import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code stats { ingest }}: what the ingest runs under way are doing, such as the ingest of the import folder while a
 * server starts. Here rather than in the api, which does not see the ingest.
 */
@Controller
class IngestProgressController {

	private final IngestJob ingest;

	IngestProgressController(IngestJob ingest) {
		this.ingest = ingest;
	}

	@SchemaMapping(typeName = "Stats", field = "ingest")
	IngestActivity.Snapshot ingest() {
		return this.ingest.activity().snapshot();
	}

}
