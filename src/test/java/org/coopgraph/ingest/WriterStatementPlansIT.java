package org.coopgraph.ingest;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.coopgraph.graph.GraphWriter;
import org.coopgraph.support.CoopgraphIT;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.Plan;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every statement the writer runs compiles and finds its starting nodes through an index: no label or full scans,
 * which would make each document's write cost grow with the size of the graph.
 */
@CoopgraphIT
class WriterStatementPlansIT {

	private static final List<String> SCANS = List.of("AllNodesScan", "NodeByLabelScan", "RelationshipTypeScan",
			"DirectedAllRelationshipsScan", "UndirectedAllRelationshipsScan");

	@Autowired
	Driver driver;

	@Test
	void everyWriterStatementStartsFromAnIndexSeek() throws ReflectiveOperationException {
		List<String> statements = writerStatements();
		assertThat(statements).hasSizeGreaterThanOrEqualTo(5);
		List<String> scanning = new ArrayList<>();
		try (Session session = this.driver.session()) {
			for (String statement : statements) {
				Plan plan = session.run("EXPLAIN " + statement, Map.of()).consume().plan();
				List<String> operators = new ArrayList<>();
				collect(plan, operators);
				if (operators.stream().anyMatch((op) -> SCANS.stream().anyMatch(op::contains))) {
					scanning.add(operators + "\n" + statement);
				}
			}
		}
		assertThat(scanning).isEmpty();
	}

	private static void collect(Plan plan, List<String> operators) {
		operators.add(plan.operatorType());
		plan.children().forEach((child) -> collect(child, operators));
	}

	/** The statements of the writer and of its core API path for new documents (which creates missing entities). */
	private static List<String> writerStatements() throws ReflectiveOperationException {
		List<String> statements = new ArrayList<>();
		for (Class<?> writer : List.of(GraphWriter.class, Class.forName("org.coopgraph.graph.NewDocumentWriter"))) {
			for (Field field : writer.getDeclaredFields()) {
				if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
					field.setAccessible(true);
					statements.add((String) field.get(null));
				}
			}
		}
		return statements;
	}

}
