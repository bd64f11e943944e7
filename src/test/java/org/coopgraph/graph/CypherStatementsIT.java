package org.coopgraph.graph;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
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

/**
 * Every Cypher statement the product runs, every file of the query library and every query of the Neo4j Browser guide
 * compiles: EXPLAIN accepts it.
 */
@CoopgraphIT
class CypherStatementsIT {

	private static final Pattern CYPHER = Pattern.compile("^\\s*(MATCH|OPTIONAL|UNWIND|CALL|CREATE|MERGE|WITH|RETURN)\\b",
			Pattern.DOTALL);

	/** A query that Neo4j Browser puts in its editor when the guide's code block is clicked. */
	private static final Pattern RUNNABLE = Pattern.compile("<pre class=\"code runnable\">(.*?)</pre>", Pattern.DOTALL);

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
		assertThat(library).as("the query library, from the project folder").isDirectory();
		List<String> statements = new ArrayList<>();
		try (Stream<Path> files = Files.walk(library)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".cypher")).toList()) {
				statements.addAll(GraphSchema.statements(Files.readString(file)));
			}
		}
		List<String> queries = statements.stream().filter((s) -> !s.startsWith(":")).toList();
		assertThat(queries).as("queries in %s", library).isNotEmpty();
		explainAll(queries);
	}

	@Test
	void everyQueryOfTheBrowserGuideCompiles() throws IOException {
		String guide = Files.readString(Path.of("src/main/resources/static/browser/guide.html"));
		List<String> queries = RUNNABLE.matcher(guide)
			.results()
			.map((m) -> m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"))
			.toList();
		assertThat(queries).as("runnable queries of the guide").hasSizeGreaterThan(10);
		explainAll(queries);
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
				statements.addAll(statementsIn(field.get(null)));
			}
		}
		// A fragment (part of statements built from constants) compiles as part of the statements that contain it.
		List<String> whole = new ArrayList<>(statements);
		whole.removeIf((part) -> statements.stream().anyMatch((other) -> other.length() > part.length() && other.contains(part)));
		return whole;
	}

	/**
	 * The statements a constant holds: itself, or the elements of a list, or the values of a map (one statement per
	 * choice, such as the fields to read). Templates (%1$s filled in) are compiled inside the statements built from
	 * them.
	 */
	private static List<String> statementsIn(Object constant) {
		if (constant instanceof String text) {
			return (CYPHER.matcher(text).find() && !text.contains("%1$s")) ? List.of(text) : List.of();
		}
		Collection<?> items = (constant instanceof Map<?, ?> map) ? map.values()
				: (constant instanceof Collection<?> collection) ? collection : List.of();
		return items.stream().flatMap((item) -> statementsIn(item).stream()).toList();
	}

}
