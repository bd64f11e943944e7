package org.coopgraph.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts a class of this project in a separate JVM with the test's class path and the JVM flags Neo4j needs. */
public final class JavaProcess {

	private JavaProcess() {
	}

	public static Process start(Path log, Class<?> mainClass, String... args) throws IOException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "--add-opens", "java.base/java.nio=ALL-UNNAMED", "--add-opens",
				"java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens", "java.base/java.io=ALL-UNNAMED", "--add-opens",
				"java.base/java.lang=ALL-UNNAMED", "--enable-native-access=ALL-UNNAMED", "-cp",
				System.getProperty("java.class.path")));
		if (Runtime.version().feature() >= 24) {
			command.add("--sun-misc-unsafe-memory-access=allow");
		}
		command.add(mainClass.getName());
		command.addAll(List.of(args));
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
	}

}
