package org.coopgraph.graph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Applies {@code cypher/schema.cypher} (constraints and indexes, all named and {@code IF NOT EXISTS}) so that a new or
 * existing database has every index the queries rely on, and none that an older version made and nothing reads. Safe
 * to run at every startup: only the statements whose constraint or index does not exist yet, or is still there to
 * drop, are run. Then migrates data an older version wrote ({@link ResponsibilityEvidenceMigration}).
 */
@Component
public class GraphSchema {

	private static final Logger log = LoggerFactory.getLogger(GraphSchema.class);

	static final String SCHEMA_RESOURCE = "cypher/schema.cypher";

	/** The name a schema statement gives the constraint or index it creates or drops. */
	private static final Pattern NAMED = Pattern.compile(
			"^(?:CREATE\\b.*?\\b|DROP\\s+)(?:INDEX|CONSTRAINT)\\s+(\\w+)\\s+IF (?:NOT )?EXISTS",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	private static final Pattern DROP = Pattern.compile("^DROP\\b", Pattern.CASE_INSENSITIVE);

	private static final String INDEXES = """
			SHOW INDEXES YIELD name""";

	private static final String CONSTRAINTS = """
			SHOW CONSTRAINTS YIELD name""";

	private static final String AWAIT_INDEXES = """
			CALL db.awaitIndexes(60)""";

	private final WriteTransactions transactions;

	public GraphSchema(WriteTransactions transactions) {
		this.transactions = transactions;
	}

	/** @throws GraphStoreException when the database is unavailable */
	public void apply() {
		List<String> statements = statements(read());
		// Two dozen schema commands cost about 4 s of a 1M-entity database's start even when all of them exist.
		Set<String> existing = new HashSet<>();
		for (String show : List.of(INDEXES, CONSTRAINTS)) {
			this.transactions.read((run) -> run.run(show, Map.of()))
				.forEach((r) -> existing.add(r.get("name").asString()));
		}
		// A creation runs when its name is missing, a drop (of an index no version reads any more) when it exists.
		List<String> missing = statements.stream()
			.filter((s) -> existing.contains(name(s)) == DROP.matcher(s).find())
			.toList();
		for (String statement : missing) {
			// One transaction per statement: a schema change cannot share a transaction with another.
			this.transactions.write(true, (run) -> run.run(statement, Map.of()));
		}
		this.transactions.read((run) -> run.run(AWAIT_INDEXES, Map.of()));
		// Data written by an older version, in the shape today's readers expect.
		new ResponsibilityEvidenceMigration(this.transactions).apply();
		log.debug("Applied {} of {} schema statements", missing.size(), statements.size());
	}

	/** The constraint or index {@code statement} creates; empty when it names none, so that it always runs. */
	static String name(String statement) {
		Matcher matcher = NAMED.matcher(statement);
		return matcher.find() ? matcher.group(1) : "";
	}

	static List<String> statements(String script) {
		String withoutComments = script.lines()
			.filter((line) -> !line.strip().startsWith("//"))
			.reduce("", (a, b) -> a + "\n" + b);
		return Arrays.stream(withoutComments.split(";")).map(String::strip).filter((s) -> !s.isEmpty()).toList();
	}

	private static String read() {
		try (InputStream in = new ClassPathResource(SCHEMA_RESOURCE).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + SCHEMA_RESOURCE + " from the classpath", ex);
		}
	}

}
