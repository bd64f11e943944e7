package org.coopgraph.graph;

import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Holds this application's write transactions back while a backup reads: every write transaction passes through
 * the gate (many at once), and a backup closes it, waiting for the transactions under way to end and keeping new ones
 * waiting until it is done. Neo4j's reads see what commits while they run, so this is what makes a backup taken
 * while documents are ingested a snapshot. Fair, so a stream of writes cannot starve a backup. Thread-safe.
 */
public final class CommitGate {

	private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock(true);

	/** Runs a write transaction, waiting while the gate is closed. */
	<T> T through(Supplier<T> write) {
		this.lock.readLock().lock();
		try {
			return write.get();
		}
		finally {
			this.lock.readLock().unlock();
		}
	}

	/** Runs {@code work} with the gate closed: no write transaction of this application runs meanwhile. */
	public <T> T closed(Supplier<T> work) {
		this.lock.writeLock().lock();
		try {
			return work.get();
		}
		finally {
			this.lock.writeLock().unlock();
		}
	}

}
