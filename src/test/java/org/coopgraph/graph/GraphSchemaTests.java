package org.coopgraph.graph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every schema statement names what it creates, so that a start skips what exists; a statement that names nothing
 * is always run.
 */
class GraphSchemaTests {

	@Test
	void everySchemaStatementNamesItsConstraintOrIndexOnce() throws IOException {
		List<String> statements = GraphSchema
			.statements(Files.readString(Path.of(GraphSchema.SCHEMA_RESOURCE), StandardCharsets.UTF_8));

		List<String> names = statements.stream().map(GraphSchema::name).toList();

		assertThat(statements).hasSizeGreaterThan(20);
		assertThat(names).doesNotContain("").doesNotHaveDuplicates();
		assertThat(names).contains("entity_key", "entity_search", "pairs_with_document");
	}

	@Test
	void aDropNamesTheIndexItDrops() {
		assertThat(GraphSchema.name("DROP INDEX task_search IF EXISTS")).isEqualTo("task_search");
	}

	@Test
	void aStatementThatNamesNothingIsAlwaysRun() {
		assertThat(GraphSchema.name("CREATE INDEX IF NOT EXISTS FOR (n:Task) ON (n.text)")).isEmpty();
		assertThat(GraphSchema.name("CREATE FULLTEXT INDEX task_search IF NOT EXISTS FOR (n:Task) ON EACH [n.text]"))
			.isEqualTo("task_search");
	}

}
