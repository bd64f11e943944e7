package org.coopgraph.config;

import java.util.Map;

import org.coopgraph.graph.GraphReads;
import org.coopgraph.graph.GraphStoreException;
import org.coopgraph.graph.GraphUnavailableException;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The {@code database} component of {@code /actuator/health}: runs a read the way queries do and says whether the
 * database answers, and when it does not, whether waiting can help. After a write to the data folder failed, Neo4j
 * refuses every transaction until coopgraph restarts: the status is then {@value #NEEDS_RESTART_CODE} (HTTP 503,
 * ranked above DOWN in {@code application.properties}) with what to do, rather than a DOWN that reads like an
 * outage which may pass.
 */
@Component("database")
class DatabaseStateHealth implements HealthIndicator {

	static final String NEEDS_RESTART_CODE = "NEEDS_RESTART";

	private static final Status NEEDS_RESTART = new Status(NEEDS_RESTART_CODE,
			"The database stopped after a failed write; free some space, then restart coopgraph");

	private final GraphReads reads;

	DatabaseStateHealth(GraphReads reads) {
		this.reads = reads;
	}

	@Override
	public Health health() {
		try {
			this.reads.list("RETURN 1 AS one", Map.of(), (row) -> row.get("one"));
			return Health.up().build();
		}
		catch (GraphUnavailableException ex) {
			return Health.status(ex.needsRestart() ? NEEDS_RESTART : Status.DOWN)
				.withDetail("problem", ex.getMessage())
				.build();
		}
		catch (GraphStoreException ex) {
			return Health.down().withDetail("problem", ex.getMessage()).build();
		}
	}

}
