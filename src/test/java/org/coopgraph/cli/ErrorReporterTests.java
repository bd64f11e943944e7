package org.coopgraph.cli;

import org.coopgraph.graph.GraphTimeoutException;
import org.coopgraph.graph.GraphUnavailableException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.BeanCreationException;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorReporterTests {

	@Test
	void anUnavailableStoreExitsWithStoreUnavailableAndItsOwnMessage() {
		GraphUnavailableException inUse = new GraphUnavailableException("The database is in use by another process",
				new IllegalStateException("store_lock"));
		// Spring wraps what a bean's creation threw.
		BeanCreationException wrapped = new BeanCreationException("databaseManagementService", "creation failed", inUse);

		assertThat(ErrorReporter.exitCode(wrapped)).isEqualTo(ExitCodes.STORE_UNAVAILABLE);
		assertThat(ErrorReporter.rootMessage(wrapped)).isEqualTo("The database is in use by another process");
	}

	@Test
	void aTimedOutStoreExitsWithStoreUnavailable() {
		GraphTimeoutException timeout = new GraphTimeoutException("The database stopped a transaction",
				new IllegalStateException("Terminated"));

		assertThat(ErrorReporter.exitCode(new IllegalStateException("Failed to execute", timeout)))
			.isEqualTo(ExitCodes.STORE_UNAVAILABLE);
	}

	@Test
	void anyOtherFailureIsASoftwareErrorWhateverItsMessageSays() {
		IllegalStateException other = new IllegalStateException("org.neo4j.something store_lock unavailable");

		assertThat(ErrorReporter.exitCode(other)).isEqualTo(ExitCodes.SOFTWARE);
		assertThat(ErrorReporter.rootMessage(other)).isEqualTo(other.getMessage());
	}

}
