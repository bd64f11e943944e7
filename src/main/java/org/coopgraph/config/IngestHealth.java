package org.coopgraph.config;

import org.coopgraph.ingest.IngestActivity;
import org.coopgraph.ingest.IngestJob;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code ingest} component of {@code /actuator/health}: always up, since queries answer from the data already
 * stored while documents are ingested, with the progress of the runs under way as details. (During the startup
 * ingest the overall status is the readiness state's OUT_OF_SERVICE until the application is ready.)
 */
@Component("ingest")
class IngestHealth implements HealthIndicator {

	private final IngestJob ingest;

	IngestHealth(IngestJob ingest) {
		this.ingest = ingest;
	}

	@Override
	public Health health() {
		IngestActivity.Snapshot now = this.ingest.activity().snapshot();
		return Health.up()
			.withDetail("running", now.running())
			.withDetail("documents", now.documents())
			.withDetail("done", now.done())
			.withDetail("failed", now.failed())
			.build();
	}

}
