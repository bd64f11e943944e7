package org.coopgraph.graph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Applies {@code cypher/schema.cypher} (constraints and indexes, all {@code IF NOT EXISTS}) so that a new or existing
 * database has every index the queries rely on. Safe to run at every startup.
 */
@Component
public class GraphSchema {

	private static final Logger log = LoggerFactory.getLogger(GraphSchema.class);

	static final String SCHEMA_RESOURCE = "cypher/schema.cypher";

	private final Driver driver;

	public GraphSchema(Driver driver) {
		this.driver = driver;
	}

	public void apply() {
		List<String> statements = statements(read());
		try (Session session = this.driver.session()) {
			for (String statement : statements) {
				session.run(statement).consume();
			}
			session.run("CALL db.awaitIndexes(60)").consume();
		}
		log.debug("Applied {} schema statements", statements.size());
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
