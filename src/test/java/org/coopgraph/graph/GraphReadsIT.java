package org.coopgraph.graph;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.coopgraph.support.CoopgraphIT;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;
import org.neo4j.graphdb.GraphDatabaseService;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading inside the JVM gives the rows reading over Bolt gives, read-only and stopped by its timeout. */
@CoopgraphIT
class GraphReadsIT {

	private static final String FACTS = """
			MATCH (e:Entity)-[r]->(o)
			RETURN e, r, o, e.aliases AS aliases, r.amountCny AS amount,
			       {name: e.name, numbers: [1, 2.5], nothing: null, node: o} AS nested
			ORDER BY e.key, type(r), elementId(o) LIMIT 300""";

	@Autowired
	GraphReads reads;

	@Autowired
	Driver driver;

	@Autowired
	GraphDatabaseService database;

	@Test
	void theApplicationReadsInsideTheJvmWhenTheDatabaseIsEmbedded() {
		assertThat(this.reads).isInstanceOf(EmbeddedGraphReads.class);
	}

	@Test
	void rowsAreTheSameAsOverBolt() {
		List<String> embedded = new EmbeddedGraphReads(this.database, Duration.ofSeconds(10)).list(FACTS, Map.of(),
				GraphReadsIT::describe);
		List<String> bolt = new BoltGraphReads(this.driver, Duration.ofSeconds(10)).list(FACTS, Map.of(),
				GraphReadsIT::describe);
		assertThat(embedded).hasSizeGreaterThan(100).isEqualTo(bolt);
		assertThat(embedded).anyMatch((row) -> row.contains("FUNDS") && !row.contains("amount=NULL"));
	}

	@Test
	void readsCannotWrite() {
		assertThatThrownBy(() -> this.reads.list("CREATE (:ReadProbe) RETURN 1 AS one", Map.of(), (r) -> 1))
			.hasStackTraceContaining("not allowed");
		assertThat(this.reads.list("MATCH (n:ReadProbe) RETURN count(n) AS n", Map.of(), (r) -> r.get("n").asLong()))
			.containsExactly(0L);
	}

	@Test
	void theDatabaseStopsAReadThatOutlivesItsTimeout() {
		GraphReads impatient = new EmbeddedGraphReads(this.database, Duration.ofSeconds(1));
		long start = System.nanoTime();
		assertThatThrownBy(() -> impatient.list("UNWIND range(1, 2000000000) AS i WITH i WHERE i = -1 RETURN count(*) AS n",
				Map.of(), (r) -> r.get("n").asLong()))
			.isInstanceOf(GraphTimeoutException.class);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
	}

	/** Everything a mapper can see of a row, element ids included. */
	private static String describe(Record record) {
		StringBuilder row = new StringBuilder();
		record.fields().forEach((field) -> row.append(field.key()).append('=').append(describe(field.value())).append("; "));
		return row.toString();
	}

	private static String describe(Value value) {
		return switch (value.type().name()) {
			case "NODE" -> {
				Node node = value.asNode();
				yield "node " + node.elementId() + " " + node.labels() + " " + new TreeMap<>(node.asMap());
			}
			case "RELATIONSHIP" -> {
				Relationship rel = value.asRelationship();
				yield "rel " + rel.elementId() + " " + rel.type() + " " + rel.startNodeElementId() + "->"
						+ rel.endNodeElementId() + " " + new TreeMap<>(rel.asMap());
			}
			case "MAP" -> new TreeMap<>(value.asMap(GraphReadsIT::describe)).toString();
			case "LIST OF ANY?" -> value.asList(GraphReadsIT::describe).toString();
			default -> value.type().name() + ":" + value;
		};
	}

}
