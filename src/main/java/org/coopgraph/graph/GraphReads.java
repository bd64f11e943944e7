package org.coopgraph.graph;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;

/**
 * Runs read queries in read-only auto-commit transactions whose timeout the database enforces, so a runaway query is stopped
 * where it runs, not only abandoned by Java. Counts the round trips it makes, which tests use to prove that a nested
 * GraphQL query costs a bounded number of queries. Thread-safe.
 */
public class GraphReads {

	private static final SessionConfig READ = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();

	private final Driver driver;

	private final TransactionConfig config;

	private final AtomicLong roundTrips = new AtomicLong();

	public GraphReads(Driver driver, Duration timeout) {
		this.driver = driver;
		this.config = TransactionConfig.builder().withTimeout(timeout).build();
	}

	public <T> List<T> list(String cypher, Map<String, Object> parameters, Function<Record, T> mapper) {
		this.roundTrips.incrementAndGet();
		// An auto-commit transaction in a READ session rather than executeRead: a client waiting on an outage should
		// hear "unavailable" at once, not after the driver's 30 s of retries. Auto-commit rather than an explicit
		// transaction: one network round trip (RUN and PULL pipelined) instead of three (BEGIN, RUN/PULL, COMMIT).
		try (Session session = this.driver.session(READ)) {
			return session.run(cypher, parameters, this.config).list(mapper::apply);
		}
	}

	/** How many queries this instance has run since it was created. */
	public long roundTrips() {
		return this.roundTrips.get();
	}

}
