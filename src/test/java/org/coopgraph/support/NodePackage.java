package org.coopgraph.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A Node.js package under {@code src/test/js/} whose scripts tests run against the live service: real client tools
 * (graphql-js, GraphQL Code Generator, urql, the graphql-http audit) instead of imitations of them. The first use
 * installs the locked dependencies with {@code npm ci}; tests are skipped, saying why, when Node.js is missing.
 */
public final class NodePackage {

	private final Path directory;

	private NodePackage(Path directory) {
		this.directory = directory;
	}

	/** The package in {@code src/test/js/<name>}, installed; skips the calling test when node is not installed. */
	public static NodePackage installed(String name) {
		assumeTrue(commandWorks("node", "--version"), "node is not installed: this test needs Node.js 20+ and npm");
		NodePackage node = new NodePackage(Path.of("src/test/js", name));
		if (!Files.isDirectory(node.directory.resolve("node_modules"))) {
			assertThat(node.exec(List.of("npm", "ci", "--no-audit", "--no-fund"), 600, null)).as("npm ci").isZero();
		}
		return node;
	}

	public Path directory() {
		return this.directory;
	}

	/** Runs {@code node script args...} in the package folder and returns what it printed on stdout. */
	public String run(String script, String... args) {
		try {
			Path output = Files.createTempFile("coopgraph-node-", ".out");
			List<String> command = new ArrayList<>(List.of("node", script));
			command.addAll(List.of(args));
			int exit = exec(command, 300, output);
			String printed = Files.readString(output, StandardCharsets.UTF_8);
			Files.delete(output);
			assertThat(exit).as("node %s exit code; it printed:%n%s", script, printed).isZero();
			return printed;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private int exec(List<String> command, int timeoutSeconds, Path output) {
		try {
			ProcessBuilder builder = new ProcessBuilder(command).directory(this.directory.toFile())
				.redirectError(ProcessBuilder.Redirect.INHERIT);
			builder.redirectOutput(
					(output != null) ? ProcessBuilder.Redirect.to(output.toFile()) : ProcessBuilder.Redirect.INHERIT);
			Process process = builder.start();
			if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				return -1;
			}
			return process.exitValue();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return -1;
		}
	}

	private static boolean commandWorks(String... command) {
		try {
			return new ProcessBuilder(command).start().waitFor(30, TimeUnit.SECONDS);
		}
		catch (IOException | InterruptedException ex) {
			return false;
		}
	}

}
