package org.coopgraph.graph;

import java.util.Iterator;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Record;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;

/**
 * Writes over Bolt, for an external database (the driver's managed transactions retry transient failures).
 */
public final class BoltWriteTransactions implements WriteTransactions {

	private final Driver driver;

	public BoltWriteTransactions(Driver driver) {
		this.driver = driver;
	}

	@Override
	public <T> T write(boolean commit, Function<CypherRunner, T> work) {
		return Neo4jFailures.translating(() -> run(commit, work));
	}

	private <T> T run(boolean commit, Function<CypherRunner, T> work) {
		try (Session session = this.driver.session()) {
			if (!commit) {
				// Closing an uncommitted transaction rolls it back.
				try (Transaction tx = session.beginTransaction()) {
					return work.apply((cypher, parameters) -> tx.run(cypher, parameters).list());
				}
			}
			return session.executeWrite((tx) -> work.apply((cypher, parameters) -> tx.run(cypher, parameters).list()));
		}
	}

	@Override
	public <T> T read(Function<CypherRunner, T> work) {
		return Neo4jFailures.translating(() -> {
			try (Session session = this.driver.session()) {
				// Auto-commit: one round trip, no transaction to begin and commit.
				return work.apply((cypher, parameters) -> session.run(cypher, parameters).list());
			}
		});
	}

	@Override
	public <T> T stream(String cypher, Map<String, Object> parameters, Function<Iterator<Record>, T> rows) {
		return Neo4jFailures.translating(() -> {
			try (Session session = this.driver.session()) {
				return session.executeRead((tx) -> rows.apply(tx.run(cypher, parameters)));
			}
		});
	}

}
