package org.coopgraph.api;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.coopgraph.support.CoopgraphIT;
import org.junit.jupiter.api.Test;
import org.neo4j.graphdb.GraphDatabaseService;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The warm-up runs every query of its file without a broken one, and leaves their plans in the database's cache. */
@CoopgraphIT
class QueryPlanWarmupIT {

	private static final Pattern CLEARED = Pattern.compile("cleared of (\\d+) quer");

	@Autowired
	QueryPlanWarmup warmup;

	@Autowired
	GraphDatabaseService database;

	@Test
	void plansEveryQueryOfItsFile() {
		clearQueryCaches();

		QueryPlanWarmup.Report report = this.warmup.run();

		assertThat(report.operations()).isGreaterThanOrEqualTo(20);
		assertThat(report.unexpectedErrors()).isEmpty();
		// The path operations alone name entities that do not exist.
		assertThat(report.errors()).containsKey("Path3 NOT_FOUND");
		// Most operations plan a statement of their own (six path lengths among them; a few share one or need none):
		// what a user's first calls of these queries no longer wait for. Without the warm-up the cache is empty.
		assertThat(clearQueryCaches()).isGreaterThanOrEqualTo(report.operations() * 3 / 4);
		// The context is shared: later tests meet a warm server, as users do.
		this.warmup.run();
	}

	/** Empties the database's query cache and returns how many plans it held. */
	private int clearQueryCaches() {
		String message = this.database.executeTransactionally("CALL db.clearQueryCaches()", Map.of(),
				(result) -> result.next().values().iterator().next().toString());
		Matcher cleared = CLEARED.matcher(message);
		return cleared.find() ? Integer.parseInt(cleared.group(1)) : 0;
	}

}
