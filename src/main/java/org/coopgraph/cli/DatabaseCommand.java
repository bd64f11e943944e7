package org.coopgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.coopgraph.ingest.ServerAnnouncement;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * A subcommand that works on the database without serving it: opens it with the settings given after the
 * arguments ({@code --coopgraph.data-dir=...}), runs, and closes it again, within a bounded time.
 */
abstract class DatabaseCommand implements Callable<Integer> {

	/** How the data folder is set on the command line. */
	static final String DATA_DIR = "--coopgraph.data-dir=";

	@Unmatched
	List<String> settings = new ArrayList<>();

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		ConfigurableApplicationContext context = SpringLauncher.openDatabase(databaseSettings());
		int exitCode;
		try {
			exitCode = run(context, this.spec.commandLine().getOut());
		}
		catch (RuntimeException ex) {
			closeOrExit(context, ErrorReporter.exitCode(ex), ex);
			throw ex;
		}
		closeOrExit(context, exitCode, null);
		return exitCode;
	}

	/**
	 * Closes the database, waiting at most {@link BoundedClose#timeout()}. When it does not close in time, says so and
	 * ends the process with {@code exitCode}, or {@link ExitCodes#STORE_UNAVAILABLE} in place of success: halting,
	 * because the JVM's shutdown hooks would wait for the same close. Nothing committed is lost.
	 * @param failure what the command failed with, printed first since the process ends here; null if it did not
	 */
	private void closeOrExit(ConfigurableApplicationContext context, int exitCode, RuntimeException failure) {
		Duration timeout = BoundedClose.timeout();
		if (BoundedClose.within(context, timeout)) {
			return;
		}
		PrintWriter err = this.spec.commandLine().getErr();
		if (failure != null) {
			err.println("coopgraph: " + ErrorReporter.rootMessage(failure));
		}
		err.printf("coopgraph: the database did not close within %s; exiting without it. What was committed is "
				+ "kept: the next start recovers the data folder from its transaction log%n",
				BoundedClose.describe(timeout));
		this.spec.commandLine().getOut().flush();
		err.flush();
		Runtime.getRuntime().halt((exitCode == ExitCodes.OK) ? ExitCodes.STORE_UNAVAILABLE : exitCode);
	}

	/** The settings the database is opened with: those given. */
	List<String> databaseSettings() {
		return this.settings;
	}

	/** The command's work on the open database; returns its exit code. */
	abstract int run(ConfigurableApplicationContext context, PrintWriter out);

	/** The data folder the settings name, as the application will resolve it. */
	Path dataDir() {
		return this.settings.stream()
			.filter((setting) -> setting.startsWith(DATA_DIR))
			.map((setting) -> setting.substring(DATA_DIR.length()))
			.reduce((first, last) -> last)
			.or(() -> Optional.ofNullable(System.getenv("COOPGRAPH_DATA_DIR")))
			.map(Path::of)
			.orElse(Path.of("data"));
	}

	/** The server the data folder's {@code server.json} names, unchecked; empty when there is no such file. */
	Optional<IngestServer> announcedServer() {
		try {
			return IngestServer.servingDataFolder(dataDir());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The server that serves the data folder, as its {@code server.json} names it, checked with {@code token} (or the
	 * one the server left there, when null). Empty when none runs; a file left by a server that was killed is noticed
	 * (nobody answers) and said so.
	 * @throws IngestServer.Refused when the server refuses the token
	 */
	Optional<IngestServer> localServer(String token) throws IngestServer.Refused {
		Optional<IngestServer> local = announcedServer();
		if (local.isEmpty()) {
			return Optional.empty();
		}
		IngestServer found = (token != null) ? IngestServer.at(local.get().url(), token) : local.get();
		try {
			found.check();
			return Optional.of(found);
		}
		catch (IngestServer.Refused ex) {
			if (ex.exitCode() != ExitCodes.STORE_UNAVAILABLE) {
				throw ex;
			}
			// A server killed without a chance to clean up leaves its file behind; its database is free again.
			this.spec.commandLine()
				.getErr()
				.printf("coopgraph: %s names %s, which does not answer; opening the database here%n",
						ServerAnnouncement.FILE_NAME, found.url());
			return Optional.empty();
		}
	}

}
