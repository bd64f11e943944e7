package org.coopgraph.graph;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.neo4j.driver.Record;

/**
 * Runs read queries in read-only transactions whose timeout the database enforces, so a runaway query is stopped
 * where it runs, not only abandoned by Java. Rows reach the callers as driver {@link Record}s whichever way the
 * query ran. Counts the queries it runs, which tests use to prove that a nested GraphQL query costs a bounded number
 * of them. Thread-safe.
 */
public abstract sealed class GraphReads permits BoltGraphReads, EmbeddedGraphReads {

	private final AtomicLong roundTrips = new AtomicLong();

	/**
	 * Runs {@code cypher} with {@code parameters} and maps every row.
	 * @throws GraphStoreException when the database times the read out or is unavailable
	 */
	public final <T> List<T> list(String cypher, Map<String, Object> parameters, Function<Record, T> mapper) {
		this.roundTrips.incrementAndGet();
		return Neo4jFailures.translating(() -> run(cypher, parameters, mapper));
	}

	/** How many queries this instance has run since it was created. */
	public final long roundTrips() {
		return this.roundTrips.get();
	}

	abstract <T> List<T> run(String cypher, Map<String, Object> parameters, Function<Record, T> mapper);

}
