package org.coopgraph.graph;

import java.util.function.Function;

/**
 * Runs the writer's work in transactions, over Bolt or inside this JVM, so that the writer's statements do not
 * depend on where the database is. Thread-safe.
 */
public sealed interface WriteTransactions permits BoltWriteTransactions, EmbeddedWriteTransactions {

	/**
	 * Runs {@code work} in one write transaction and commits it, or rolls it back when {@code commit} is false (a dry
	 * run). A committed transaction that fails transiently (a deadlock with a concurrent writer) is run again.
	 * @throws GraphUnavailableException if the database stopped, is out of reach or cannot write to its disk
	 */
	<T> T write(boolean commit, Function<CypherRunner, T> work);

	/** Runs {@code work}, which only reads, in a transaction of its own. */
	<T> T read(Function<CypherRunner, T> work);

}
