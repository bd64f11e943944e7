package org.coopgraph.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The {@code @neo4j/graphql} baseline: {@code node bench/neo4j-graphql/server.mjs} in a child process, connected to
 * the same database over Bolt. Available only when Node.js and the npm packages are installed
 * ({@code npm ci} in that folder). Closing it stops the child.
 */
final class NodeGraphqlServer implements AutoCloseable {

	private final Process process;

	private final URI endpoint;

	private NodeGraphqlServer(Process process, URI endpoint) {
		this.process = process;
		this.endpoint = endpoint;
	}

	/** Whether the server can be started from {@code folder}: its packages are installed. */
	static boolean installed(Path folder) {
		return Files.isDirectory(folder.resolve("node_modules/@neo4j/graphql"));
	}

	/**
	 * Starts the server and waits until it says it listens. The password goes in the child's environment, which
	 * only its owner can read, rather than in its arguments, which every user can.
	 */
	static NodeGraphqlServer start(Path folder, int boltPort, String boltPassword, int port)
			throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder("node", "server.mjs", "bolt://127.0.0.1:" + boltPort,
				String.valueOf(port))
			.directory(folder.toFile())
			.redirectErrorStream(true);
		builder.environment().put("NEO4J_PASSWORD", boltPassword);
		Process process = builder.start();
		BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		String line;
		while ((line = out.readLine()) != null) {
			if (line.startsWith("listening")) {
				Thread.ofVirtual().start(() -> out.lines().forEach((ignored) -> {
					// drain, so the child never blocks on a full pipe
				}));
				return new NodeGraphqlServer(process, URI.create("http://127.0.0.1:" + port + "/graphql"));
			}
		}
		process.waitFor(5, TimeUnit.SECONDS);
		throw new IOException("the @neo4j/graphql server stopped before listening (exit " + process.exitValue() + ")");
	}

	URI endpoint() {
		return this.endpoint;
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
			this.process.destroyForcibly().waitFor();
		}
	}

}
