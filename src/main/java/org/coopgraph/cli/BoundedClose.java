package org.coopgraph.cli;

import java.time.Duration;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Closes the application context of a command that opened the database itself, waiting a bounded time: Neo4j can
 * stall while it stops after its disk filled (its last checkpoint cannot be written), and a command that has done
 * its work, and printed what it did, must still end. What was committed is in the transaction log either way, and
 * the next start recovers from it.
 */
final class BoundedClose {

	/**
	 * System property (milliseconds) that replaces {@link #DEFAULT_TIMEOUT}, for tests that need a close to outlast
	 * its bound; not a user setting.
	 */
	static final String TIMEOUT_PROPERTY = "coopgraph.internal.close-timeout-millis";

	/** How long a command waits for the database to close: a healthy close takes a few seconds at most. */
	static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

	private BoundedClose() {
	}

	/** {@link #DEFAULT_TIMEOUT}, or the milliseconds of {@value #TIMEOUT_PROPERTY} when it is set. */
	static Duration timeout() {
		Long millis = Long.getLong(TIMEOUT_PROPERTY);
		return (millis != null) ? Duration.ofMillis(millis) : DEFAULT_TIMEOUT;
	}

	/** {@code timeout} as a person reads it: whole seconds, or milliseconds below a second. */
	static String describe(Duration timeout) {
		return (timeout.toMillis() % 1000 == 0) ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
	}

	/**
	 * Closes {@code context} on a daemon thread and waits for it at most {@code timeout}.
	 * @return whether it closed in time; when not, it goes on closing on that thread
	 */
	static boolean within(ConfigurableApplicationContext context, Duration timeout) {
		Thread closing = Thread.ofPlatform().daemon().name("coopgraph-close").start(context::close);
		try {
			return closing.join(timeout);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
