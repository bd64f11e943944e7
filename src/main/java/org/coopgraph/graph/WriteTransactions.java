package org.coopgraph.graph;

import java.util.Iterator;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Record;

/**
 * Runs the writer's work (and the schema's, and an export's reads) in transactions, over Bolt or inside this JVM, so
 * that the statements do not depend on where the database is. Thread-safe.
 */
public sealed interface WriteTransactions permits BoltWriteTransactions, EmbeddedWriteTransactions {

	/**
	 * Runs {@code work} in one write transaction and commits it, or rolls it back when {@code commit} is false (a dry
	 * run). A committed transaction that fails transiently (a deadlock with a concurrent writer) is run again.
	 * @throws GraphUnavailableException if the database stopped, is out of reach or cannot write to its disk
	 * @throws GraphTimeoutException if the database stopped the transaction at its timeout
	 */
	<T> T write(boolean commit, Function<CypherRunner, T> work);

	/**
	 * Runs {@code work}, which only reads, in a transaction of its own.
	 * @throws GraphStoreException if the database is unavailable or times the read out
	 */
	<T> T read(Function<CypherRunner, T> work);

	/**
	 * Runs one read query in a transaction of its own and hands its rows to {@code rows} as the database produces
	 * them, for reads whose rows need not fit in memory (an export). The rows are valid only inside {@code rows}.
	 * @throws GraphStoreException if the database is unavailable or times the read out
	 */
	<T> T stream(String cypher, Map<String, Object> parameters, Function<Iterator<Record>, T> rows);

}
