package org.coopgraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.coopgraph.evaluation.EvaluationSet;
import org.coopgraph.extract.document.DocumentExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fails when what the extractor finds changes while {@link DocumentExtractor#VERSION} stays the same. A data folder
 * re-extracts a stored document only when it was stored under another version, so rules that change their output
 * under the same version leave every existing graph with the old facts. The digest of the output of
 * {@code coopgraph extract} on every evaluation document is recorded with its version in
 * {@code corpus/extraction-digest.properties}.
 */
class ExtractorVersionGuardTests {

	private static final String RECORD = "corpus/extraction-digest.properties";

	@Test
	void extractionOutputChangesOnlyWithANewVersion(@TempDir Path out) throws IOException {
		for (EvaluationSet set : EvaluationSet.ALL) {
			StringWriter err = new StringWriter();
			int exit = CoopgraphCommand.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err))
				.execute("extract", "--out", out.resolve(set.name()).toString(), set.documents().toString());
			assertThat(exit).as(err.toString()).isZero();
		}
		String digest = digestOf(out);
		Properties recorded = recorded();

		assertThat(recorded.getProperty("version"))
			.as("DocumentExtractor.VERSION is %s: record version=%s and digest=%s in src/test/resources/%s",
					DocumentExtractor.VERSION, DocumentExtractor.VERSION, digest, RECORD)
			.isEqualTo(DocumentExtractor.VERSION);
		assertThat(digest)
			.as("the extractor's output changed under the same version %s: bump DocumentExtractor.VERSION, so that "
					+ "stored documents are extracted again, and record the new version and digest in "
					+ "src/test/resources/%s", DocumentExtractor.VERSION, RECORD)
			.isEqualTo(recorded.getProperty("digest"));
	}

	/** SHA-256 over every file under {@code folder}, in path order, each with its relative path. */
	private static String digestOf(Path folder) throws IOException {
		MessageDigest sha256;
		try {
			sha256 = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		List<Path> files;
		try (Stream<Path> walk = Files.walk(folder)) {
			files = walk.filter(Files::isRegularFile).sorted().toList();
		}
		assertThat(files).as("extracted files").isNotEmpty();
		for (Path file : files) {
			sha256.update(folder.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
			sha256.update(Files.readAllBytes(file));
		}
		return HexFormat.of().formatHex(sha256.digest());
	}

	private static Properties recorded() throws IOException {
		Properties properties = new Properties();
		try (InputStream in = ExtractorVersionGuardTests.class.getResourceAsStream("/" + RECORD)) {
			assertThat(in).as(RECORD).isNotNull();
			properties.load(in);
		}
		return properties;
	}

}
