package org.coopgraph.support;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * What {@code ./coopgraph test} shows while a suite runs: a line per test class as it ends, with its counts and
 * time, a line per failure, the reason of each skipped test, and last {@code subtotal: N passed, N failed, N
 * skipped}, which the launcher adds up over the service's and the bench project's suites. It writes to the file
 * named by the system property {@code coopgraph.test.progress}, which the launcher follows, because Surefire keeps
 * a test JVM's own output to itself; without the property it does nothing. Registered through
 * {@code META-INF/services} (the bench project gets it with the service's test jar); JUnit calls it from one thread
 * at a time.
 */
public class TestProgress implements TestExecutionListener {

	private final Optional<Path> file = Optional.ofNullable(System.getProperty("coopgraph.test.progress"))
		.map(Path::of);

	private final Map<String, Counts> byClass = new HashMap<>();

	private final Counts total = new Counts();

	private final List<String> skips = new ArrayList<>();

	private int classes;

	private int classesDone;

	private long classStarted;

	@Override
	public void testPlanExecutionStarted(TestPlan plan) {
		this.classes = (int) plan.countTestIdentifiers(TestProgress::isClass);
		print("running %d test classes".formatted(this.classes));
	}

	@Override
	public void executionStarted(TestIdentifier id) {
		if (isClass(id)) {
			this.classStarted = System.nanoTime();
		}
	}

	@Override
	public void executionSkipped(TestIdentifier id, String reason) {
		// A skipped class reports no tests of its own: it counts as one skip.
		record(id, Outcome.SKIPPED, reason);
		if (isClass(id)) {
			finishClass(id);
		}
	}

	@Override
	public void executionFinished(TestIdentifier id, TestExecutionResult result) {
		if (!id.isTest() && !isClass(id)) {
			return;
		}
		String message = result.getThrowable().map(String::valueOf).orElse("");
		switch (result.getStatus()) {
			case SUCCESSFUL -> {
				if (id.isTest()) {
					record(id, Outcome.PASSED, "");
				}
			}
			// An assumption that does not hold (Assumptions.assumeTrue) aborts the test: Surefire counts it skipped.
			case ABORTED -> record(id, Outcome.SKIPPED, message);
			case FAILED -> record(id, Outcome.FAILED, message);
		}
		if (isClass(id)) {
			finishClass(id);
		}
	}

	@Override
	public void testPlanExecutionFinished(TestPlan plan) {
		this.skips.forEach((skip) -> print("skipped " + skip));
		print("subtotal: %d passed, %d failed, %d skipped".formatted(this.total.passed, this.total.failed, this.total.skipped));
	}

	private void record(TestIdentifier id, Outcome outcome, String reason) {
		Counts counts = this.byClass.computeIfAbsent(className(id), (name) -> new Counts());
		counts.add(outcome);
		this.total.add(outcome);
		if (outcome == Outcome.SKIPPED) {
			this.skips.add("%s: %s".formatted(name(id), reason));
		}
		else if (outcome == Outcome.FAILED) {
			print("  FAILED %s: %s".formatted(name(id), reason.lines().findFirst().orElse("")));
		}
	}

	private void finishClass(TestIdentifier id) {
		Counts counts = this.byClass.getOrDefault(className(id), new Counts());
		this.classesDone++;
		print("[%3d/%d] %-48s %3d passed, %d failed, %d skipped (%.1f s)".formatted(this.classesDone, this.classes,
				className(id).replace("org.coopgraph.", ""), counts.passed, counts.failed, counts.skipped,
				(System.nanoTime() - this.classStarted) / 1e9));
	}

	private static boolean isClass(TestIdentifier id) {
		return id.getSource().filter(ClassSource.class::isInstance).isPresent();
	}

	private static String className(TestIdentifier id) {
		return id.getUniqueIdObject()
			.getSegments()
			.stream()
			.filter((segment) -> segment.getType().equals("class"))
			.findFirst()
			.map((segment) -> segment.getValue())
			.orElse(id.getDisplayName());
	}

	private static String name(TestIdentifier id) {
		String className = className(id).replace("org.coopgraph.", "");
		return isClass(id) ? className : className + " " + id.getDisplayName();
	}

	private void print(String line) {
		this.file.ifPresent((path) -> {
			try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(path, StandardCharsets.UTF_8,
					StandardOpenOption.CREATE, StandardOpenOption.APPEND))) {
				out.println(line);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	private enum Outcome {

		PASSED, FAILED, SKIPPED

	}

	private static final class Counts {

		private int passed;

		private int failed;

		private int skipped;

		void add(Outcome outcome) {
			switch (outcome) {
				case PASSED -> this.passed++;
				case FAILED -> this.failed++;
				case SKIPPED -> this.skipped++;
			}
		}

	}

}
