package org.coopgraph.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code coopgraph serve} in a child JVM on a loaded data folder and the benchmark's own ports, without the import
 * folder: measures the time from launch to the first answered GraphQL query and reads the child's resident memory
 * from {@code /proc}. Closing it destroys the child (and waits for it).
 */
final class ServerProcess implements AutoCloseable {

	/** Names the service's runnable jar ({@code target/coopgraph.jar}); the launcher sets it. */
	static final String SERVICE_JAR_PROPERTY = "coopgraph.service-jar";

	/** The heap {@code ./coopgraph serve} gives the server unless told otherwise. */
	static final String SERVE_HEAP = "-Xmx1g";

	private final Process process;

	private final long startedNanos;

	private ServerProcess(Process process, long startedNanos) {
		this.process = process;
		this.startedNanos = startedNanos;
	}

	/** Launches the server; it is not yet answering when this returns. */
	static ServerProcess launch(Path dataDir, BenchPorts ports, Path log, List<String> jvmOptions) throws IOException {
		String serviceJar = System.getProperty(SERVICE_JAR_PROPERTY, "");
		if (!serviceJar.endsWith(".jar")) {
			throw new IllegalStateException("bench launches the server from the service's runnable jar, named by -D"
					+ SERVICE_JAR_PROPERTY + "; run it through ./coopgraph bench");
		}
		Path jar = Path.of(serviceJar).toAbsolutePath();
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse("java"));
		if (Runtime.version().feature() >= 24) {
			command.add("--sun-misc-unsafe-memory-access=allow");
		}
		if (jvmOptions.stream().noneMatch((option) -> option.startsWith("-Xmx"))) {
			command.add(SERVE_HEAP);
		}
		command.addAll(jvmOptions);
		command.addAll(List.of("-jar", jar.toString(), "serve", "--coopgraph.data-dir=" + dataDir.toAbsolutePath(),
				"--coopgraph.ingest-on-startup=false", "--server.port=" + ports.http(),
				"--coopgraph.neo4j.bolt-port=" + ports.bolt(), "--coopgraph.neo4j.http-port=" + ports.neo4jHttp(),
				// Benchmark requests stay well inside the defaults; these only keep a slow 1M query from timing out.
				"--coopgraph.api.timeout-seconds=60"));
		Files.createDirectories(log.getParent());
		long start = System.nanoTime();
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		return new ServerProcess(process, start);
	}

	/** Polls with {@code body} until answered; returns the time since launch. */
	Duration awaitFirstAnswer(GraphQlHttp client, String body, Duration limit) throws InterruptedException {
		long deadline = this.startedNanos + limit.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("the server exited with " + this.process.exitValue());
			}
			if (client.answers(body)) {
				return Duration.ofNanos(System.nanoTime() - this.startedNanos);
			}
			Thread.sleep(50);
		}
		throw new IllegalStateException("the server did not answer within " + limit);
	}

	/** Resident memory now and at its peak ({@code VmRSS}, {@code VmHWM}), in MiB; -1 where unknown. */
	long[] residentMib() {
		long rss = -1;
		long peak = -1;
		try {
			for (String line : Files.readAllLines(Path.of("/proc/" + this.process.pid() + "/status"))) {
				if (line.startsWith("VmRSS:")) {
					rss = Long.parseLong(line.replaceAll("\\D", "")) / 1024;
				}
				else if (line.startsWith("VmHWM:")) {
					peak = Long.parseLong(line.replaceAll("\\D", "")) / 1024;
				}
			}
		}
		catch (IOException | NumberFormatException ex) {
			// not Linux: unknown
		}
		return new long[] { rss, peak };
	}

	static URI graphQlEndpoint(BenchPorts ports) {
		return URI.create("http://127.0.0.1:" + ports.http() + "/graphql");
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
			this.process.destroyForcibly().waitFor();
		}
	}

}
