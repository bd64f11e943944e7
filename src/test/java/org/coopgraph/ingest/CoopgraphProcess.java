package org.coopgraph.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.coopgraph.cli.CoopgraphCommand;
import org.coopgraph.support.TestDatabaseInitializer;

/**
 * The real command line in a child JVM on the test class path, with its own data folder and free ports, as the
 * launcher would run it. Standard output and error are merged and collected line by line. Not thread-safe.
 */
final class CoopgraphProcess implements AutoCloseable {

	/** The JVM flags of the pom's surefire argLine that Neo4j needs. */
	private static final List<String> JVM_FLAGS = List.of("--add-opens", "java.base/java.nio=ALL-UNNAMED",
			"--add-opens", "java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens", "java.base/java.io=ALL-UNNAMED",
			"--add-opens", "java.base/java.lang=ALL-UNNAMED", "--enable-native-access=ALL-UNNAMED",
			"--sun-misc-unsafe-memory-access=allow");

	private final Process process;

	private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

	private final List<String> output = new ArrayList<>();

	private CoopgraphProcess(Process process) {
		this.process = process;
		Thread pump = new Thread(this::pump, "coopgraph-child-output");
		pump.setDaemon(true);
		pump.start();
	}

	/** Starts {@code coopgraph <args>} on {@code dataDir} with {@code heap} (for example {@code 512m}). */
	static CoopgraphProcess start(Path dataDir, String heap, String... args) {
		return start(dataDir, List.of("-Xmx" + heap), args);
	}

	/** Starts {@code coopgraph <args>} on {@code dataDir} with extra JVM options. */
	static CoopgraphProcess start(Path dataDir, List<String> jvmOptions, String... args) {
		return start(List.of(), dataDir, jvmOptions, args);
	}

	/**
	 * Starts {@code coopgraph <args>} on {@code dataDir} with {@code heap}, unable to write any file beyond
	 * {@code maxFileKib} KiB: a write past it fails with "File too large" (EFBIG), as one fails on a full disk. The
	 * limit (RLIMIT_FSIZE, set by bash's {@code ulimit -f}) needs no privilege; the JVM ignores the SIGXFSZ that comes
	 * with it, which would otherwise kill the process.
	 */
	static CoopgraphProcess startWithFileSizeLimit(long maxFileKib, Path dataDir, String heap, String... args) {
		return start(List.of("bash", "-c", "ulimit -f " + maxFileKib + " && exec \"$@\"", "coopgraph"), dataDir,
				List.of("-Xmx" + heap), args);
	}

	private static CoopgraphProcess start(List<String> wrapper, Path dataDir, List<String> jvmOptions,
			String... args) {
		List<String> command = new ArrayList<>(wrapper);
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmOptions);
		command.addAll(JVM_FLAGS);
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(CoopgraphCommand.class.getName());
		command.addAll(List.of(args));
		command.add("--coopgraph.data-dir=" + dataDir);
		command.add("--coopgraph.neo4j.bolt-port=" + TestDatabaseInitializer.freePort());
		command.add("--coopgraph.neo4j.http-port=" + TestDatabaseInitializer.freePort());
		try {
			return new CoopgraphProcess(new ProcessBuilder(command).redirectErrorStream(true).start());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Waits for a line matching {@code wanted}, failing after {@code timeout} or when the process ends first. */
	String awaitLine(Predicate<String> wanted, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			String line = this.lines.poll(100, TimeUnit.MILLISECONDS);
			if (line != null && wanted.test(line)) {
				return line;
			}
			if (line == null && !this.process.isAlive() && this.lines.isEmpty()) {
				break;
			}
		}
		throw new AssertionError("no matching line within " + timeout + "; output so far:\n" + output());
	}

	/** SIGKILL: the process gets no chance to close anything. */
	void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor();
	}

	int awaitExit(Duration timeout) throws InterruptedException {
		if (!this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			this.process.destroyForcibly();
			throw new AssertionError("still running after " + timeout + "; output so far:\n" + output());
		}
		// Let the pump drain what the process wrote last.
		Thread.sleep(200);
		return this.process.exitValue();
	}

	String output() {
		synchronized (this.output) {
			return String.join("\n", this.output);
		}
	}

	@Override
	public void close() throws InterruptedException {
		if (this.process.isAlive()) {
			kill();
		}
	}

	private void pump() {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				synchronized (this.output) {
					this.output.add(line);
				}
				this.lines.add(line);
			}
		}
		catch (IOException ex) {
			// The process was killed while writing: what was read so far is all there is.
		}
	}

}
