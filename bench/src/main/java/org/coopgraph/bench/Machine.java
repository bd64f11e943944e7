package org.coopgraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

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

	/**
	 * Waits until the machine's CPUs, measured over one-second windows from {@code /proc/stat}, are busy no more
	 * than {@code maxBusyCores} in all, or until {@code limit} has passed; returns the seconds waited. Where
	 * {@code /proc/stat} cannot be read it returns at once.
	 */
	public static double awaitQuiet(double maxBusyCores, Duration limit) throws InterruptedException {
		long start = System.nanoTime();
		long[] before = cpuTicks();
		while (before.length == 2 && System.nanoTime() - start < limit.toNanos()) {
			Thread.sleep(1_000);
			long[] after = cpuTicks();
			long total = after[0] - before[0];
			double busyCores = (total == 0) ? 0
					: (double) (total - (after[1] - before[1])) / total * Runtime.getRuntime().availableProcessors();
			if (busyCores <= maxBusyCores) {
				break;
			}
			before = after;
		}
		return (System.nanoTime() - start) / 1e9;
	}

	/** All and idle (idle plus I/O wait) ticks of the machine's CPUs; empty when unknown. */
	private static long[] cpuTicks() {
		String[] fields = firstLine(Path.of("/proc/stat")).trim().split("\\s+");
		if (fields.length < 6 || !fields[0].equals("cpu")) {
			return new long[0];
		}
		long total = 0;
		for (int i = 1; i < fields.length; i++) {
			total += Long.parseLong(fields[i]);
		}
		return new long[] { total, Long.parseLong(fields[4]) + Long.parseLong(fields[5]) };
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
