package org.coopgraph.graph;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;

/** Reads through the driver: the way to an external server or cluster. */
public final class BoltGraphReads extends GraphReads {

	private static final SessionConfig READ = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();

	private final Driver driver;

	private final TransactionConfig config;

	public BoltGraphReads(Driver driver, Duration timeout) {
		this.driver = driver;
		this.config = TransactionConfig.builder().withTimeout(timeout).build();
	}

	@Override
	<T> List<T> run(String cypher, Map<String, Object> parameters, Function<Record, T> mapper) {
		// An auto-commit transaction in a READ session rather than executeRead: a client waiting on an outage should
		// hear "unavailable" at once, not after the driver's 30 s of retries. Auto-commit rather than an explicit
		// transaction: one network round trip (RUN and PULL pipelined) instead of three (BEGIN, RUN/PULL, COMMIT).
		try (Session session = this.driver.session(READ)) {
			return session.run(cypher, parameters, this.config).list(mapper::apply);
		}
	}

}
