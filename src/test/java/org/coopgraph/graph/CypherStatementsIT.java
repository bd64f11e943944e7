package org.coopgraph.graph;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.coopgraph.support.CoopgraphIT;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Every Cypher statement the product runs, and every file of the query library, compiles: EXPLAIN accepts it. */
@CoopgraphIT
class CypherStatementsIT {

	private static final Pattern CYPHER = Pattern.compile("^\\s*(MATCH|OPTIONAL|UNWIND|CALL|CREATE|MERGE|WITH|RETURN)\\b",
			Pattern.DOTALL);

	@Autowired
	Driver driver;

	@Test
	void everyStatementConstantCompiles() throws Exception {
		List<String> statements = statementConstants();
		assertThat(statements).hasSizeGreaterThan(20);
		explainAll(statements);
	}

	@Test
	void everyQueryLibraryFileCompiles() throws IOException {
		Path library = Path.of("cypher/queries");
		if (!Files.isDirectory(library)) {
			return;
		}
		List<String> statements = new ArrayList<>();
		try (Stream<Path> files = Files.walk(library)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".cypher")).toList()) {
				statements.addAll(GraphSchema.statements(Files.readString(file)));
			}
		}
		explainAll(statements.stream().filter((s) -> !s.startsWith(":")).toList());
	}

	private void explainAll(List<String> statements) {
		List<String> failures = new ArrayList<>();
		try (Session session = this.driver.session()) {
			for (String statement : statements) {
				try {
					session.run("EXPLAIN " + statement).consume();
				}
				catch (RuntimeException ex) {
					failures.add(ex.getMessage() + "\n" + statement);
				}
			}
		}
		assertThat(failures).isEmpty();
	}

	private static List<String> statementConstants() throws IllegalAccessException {
		List<String> statements = new ArrayList<>();
		for (JavaClass javaClass : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.coopgraph")) {
			for (Field field : javaClass.reflect().getDeclaredFields()) {
				if (!Modifier.isStatic(field.getModifiers()) || !Modifier.isFinal(field.getModifiers())) {
					continue;
				}
				field.setAccessible(true);
				Object value = field.get(null);
				// Templates (%1$s filled in) are compiled inside the statements built from them.
				if (value instanceof String text && CYPHER.matcher(text).find() && !text.contains("%1$s")) {
					statements.add(text);
				}
				else if (value instanceof List<?> list) {
					list.stream()
						.filter((item) -> item instanceof String text && CYPHER.matcher(text).find())
						.forEach((item) -> statements.add((String) item));
				}
			}
		}
		// A fragment (part of statements built from constants) compiles as part of the statements that contain it.
		List<String> whole = new ArrayList<>(statements);
		whole.removeIf((part) -> statements.stream().anyMatch((other) -> other.length() > part.length() && other.contains(part)));
		return whole;
	}

}
