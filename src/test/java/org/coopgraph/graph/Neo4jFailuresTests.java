package org.coopgraph.graph;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.TransientException;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.io.locker.FileLockException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Neo4jFailuresTests {

	@Test
	void aDriverOutageBecomesUnavailable() {
		RuntimeException translated = Neo4jFailures.translate(new ServiceUnavailableException("connection refused"));

		assertThat(translated).isInstanceOf(GraphUnavailableException.class).hasMessageContaining("connection refused");
	}

	@Test
	void aStoreLockedByAnotherProcessIsUnavailableWhereverItIsWrapped() {
		RuntimeException locked = new IllegalStateException("start failed",
				new FileLockException("Lock file has been locked by another process: data/store_lock", null));

		assertThat(Neo4jFailures.translate(locked)).isInstanceOf(GraphUnavailableException.class)
			.hasMessageContaining("coopgraph serve");
	}

	@Test
	void aFullDiskUnderACommitNeedsARestartAndSaysSo() {
		QueryExecutionException commit = new QueryExecutionException("commit failed",
				new IOException("No space left on device"), "Neo.DatabaseError.Transaction.TransactionCommitFailed");

		assertThat(Neo4jFailures.translate(commit)).isInstanceOf(GraphUnavailableException.class)
			.hasMessageContaining("the disk is full, or it refused a write")
			.hasMessageContaining("No space left on device")
			.hasMessageContaining("restart coopgraph")
			.extracting((ex) -> ((GraphUnavailableException) ex).needsRestart())
			.isEqualTo(true);
	}

	@Test
	void anOutageMayPassWithoutARestart() {
		RuntimeException translated = Neo4jFailures.translate(new ServiceUnavailableException("connection refused"));

		assertThat(((GraphUnavailableException) translated).needsRestart()).isFalse();
	}

	@Test
	void aTransactionStoppedAtItsTimeoutIsATimeoutByItsStatusCode() {
		TransientException timedOut = new TransientException(
				"Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", "any text");

		assertThat(Neo4jFailures.translate(timedOut)).isInstanceOf(GraphTimeoutException.class);
	}

	@Test
	void anyOtherFailurePassesUnchanged() {
		IllegalArgumentException bug = new IllegalArgumentException("not a store failure");
		// A file of ours that cannot be written is not the database's disk.
		UncheckedIOException exportFolder = new UncheckedIOException(new IOException("No space left on device"));

		assertThat(Neo4jFailures.translate(bug)).isSameAs(bug);
		assertThat(Neo4jFailures.translate(exportFolder)).isSameAs(exportFolder);
		assertThatThrownBy(() -> Neo4jFailures.translating(() -> {
			throw bug;
		})).isSameAs(bug);
	}

}
