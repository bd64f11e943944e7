package org.coopgraph.evaluation;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The product code holds no text lifted from an annotated document, so no rule can be fitted to one: the check of
 * the project's {@code seed-leak.py}, run over every evaluation set. A snippet is the opening 14 characters
 * (whitespace removed) of every gold task text and of every evidence string of 14 characters or more.
 */
class AnnotatedTextLeakTests {

	private static final int SNIPPET = 14;

	static Stream<EvaluationSet> sets() {
		return EvaluationSet.ALL.stream();
	}

	@ParameterizedTest
	@MethodSource("sets")
	void productCodeHoldsNoAnnotatedText(EvaluationSet set) throws IOException {
		Set<String> snippets = snippets(set);
		assertThat(snippets).isNotEmpty();
		List<String> hits = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src", "main"))) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				String text = compact(utf8(file));
				snippets.stream().filter(text::contains).forEach((s) -> hits.add(file + ": " + s));
			}
		}
		assertThat(hits).as("text of the %s set's documents in src/main", set).isEmpty();
	}

	private static Set<String> snippets(EvaluationSet set) {
		Set<String> snippets = new TreeSet<>();
		for (GoldDocument document : set.goldDocuments().values()) {
			document.tasks().forEach((t) -> add(snippets, t.text()));
			document.relations().forEach((r) -> add(snippets, r.evidence()));
		}
		return snippets;
	}

	private static void add(Set<String> snippets, String text) {
		String s = compact(text);
		if (s.codePointCount(0, s.length()) >= SNIPPET) {
			snippets.add(s.substring(0, s.offsetByCodePoints(0, SNIPPET)));
		}
	}

	/** The file as UTF-8 text, or empty for a binary file, which the Python check skips too. */
	private static String utf8(Path file) throws IOException {
		try {
			return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
		}
		catch (CharacterCodingException ex) {
			return "";
		}
	}

	private static String compact(String text) {
		return text.replaceAll("(?U)\\s+", "");
	}

}
