package org.coopgraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The machine a benchmark ran on, as read from the JVM and {@code /proc}: figures mean little without it.
 *
 * @param cores processors available to the JVM
 * @param memoryGib physical memory
 * @param cpu processor model
 * @param jdk Java runtime version and vendor
 * @param os operating system
 * @param load the 1, 5 and 15 minute load averages when read
 */
public record Machine(int cores, double memoryGib, String cpu, String jdk, String os, String load) {

	public static Machine describe() {
		return new Machine(Runtime.getRuntime().availableProcessors(), readMemoryGib(), readCpu(),
				System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vendor") + ")",
				System.getProperty("os.name") + " " + System.getProperty("os.version"), currentLoad());
	}

	/** The load averages now, for example {@code 1.02 0.80 0.55}. */
	public static String currentLoad() {
		String line = firstLine(Path.of("/proc/loadavg"));
		if (line.isEmpty()) {
			return "unknown";
		}
		String[] parts = line.split(" ");
		return parts[0] + " " + parts[1] + " " + parts[2];
	}

	private static double readMemoryGib() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
				if (line.startsWith("MemTotal:")) {
					return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0 / 1024.0;
				}
			}
		}
		catch (IOException | NumberFormatException ex) {
			// not Linux: reported as unknown (0)
		}
		return 0;
	}

	private static String readCpu() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
				if (line.startsWith("model name")) {
					return line.substring(line.indexOf(':') + 1).strip();
				}
			}
		}
		catch (IOException ex) {
			// not Linux
		}
		return System.getProperty("os.arch");
	}

	private static String firstLine(Path file) {
		try {
			return Files.readAllLines(file).stream().findFirst().orElse("");
		}
		catch (IOException ex) {
			return "";
		}
	}

}
