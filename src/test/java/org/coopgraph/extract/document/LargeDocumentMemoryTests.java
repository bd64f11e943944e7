package org.coopgraph.extract.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Extraction of a long document in a child JVM with a small heap: it holds the text, one section's working state
 * (about 45 MB for a section of a million characters) and the facts found so far, never every section at once. The
 * extractor itself (gazetteer and HanLP dictionaries) takes about 60 MB. The child prints what it found, how long it
 * took and the heap still live afterwards (text, facts and extractor): a 50 MB document leaves about 160 MB.
 */
class LargeDocumentMemoryTests {

	private static final Pattern TASKS = Pattern.compile("tasks (\\d+)");

	/**
	 * Four sections, about 12 MB of UTF-8 and 40,000 tasks, in under ten seconds. Extracted as one section, the same
	 * text runs out of this heap.
	 */
	@Test
	void extractsADocumentOfFourSectionsInA192MegabyteHeap() throws Exception {
		extractInChildJvm(4 * DocumentExtractor.SECTION_CHARS, "192m");
	}

	/**
	 * A 50 MB document (UTF-8, 157,000 tasks), about 20 s of extraction: run with
	 * {@code mvn verify -Dtest=LargeDocumentMemoryTests -Dsurefire.excludedGroups=none}.
	 */
	@Test
	@Tag("bench")
	void extractsAFiftyMegabyteDocumentInA256MegabyteHeap() throws Exception {
		// Chinese text takes three bytes a character in UTF-8.
		extractInChildJvm(50_000_000 / 3, "256m");
	}

	private static void extractInChildJvm(int chars, String heap) throws IOException, InterruptedException {
		Path log = Files.createTempFile("coopgraph-large-document-", ".log");
		try {
			List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
					"-Xmx" + heap, "-cp", System.getProperty("java.class.path"),
					LargeDocumentRun.class.getName(), String.valueOf(chars));
			Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
			boolean exited = child.waitFor(5, TimeUnit.MINUTES);
			if (!exited) {
				child.destroyForcibly().waitFor();
			}
			String output = Files.readString(log);
			assertThat(exited).as(output).isTrue();
			assertThat(child.exitValue()).as(output).isZero();
			Matcher tasks = TASKS.matcher(output);
			assertThat(tasks.find()).as(output).isTrue();
			// Six tasks a chapter of about 600 characters: every section was read.
			assertThat(Integer.parseInt(tasks.group(1))).as(output).isGreaterThan(chars / 120);
			System.out.printf("-Xmx%s: %s%n", heap, output.strip());
		}
		finally {
			Files.deleteIfExists(log);
		}
	}

}
