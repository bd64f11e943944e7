package org.coopgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.coopgraph.extract.document.DocumentExtractor;
import org.coopgraph.extract.model.EntityType;
import org.coopgraph.extract.model.RelationType;
import org.coopgraph.graph.BoltWriteTransactions;
import org.coopgraph.graph.DivisionTree;
import org.coopgraph.graph.DocumentSource;
import org.coopgraph.graph.DocumentWrite;
import org.coopgraph.graph.GraphWriter;
import org.coopgraph.graph.WriteOutcome;
import org.coopgraph.support.CoopgraphIT;
import org.coopgraph.support.GeoFixture;
import org.coopgraph.support.GraphSnapshot;
import org.coopgraph.support.RunScopedDocuments;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.graphdb.GraphDatabaseService;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded writer stores new documents through Neo4j's core API, not through the Cypher statement a writer over
 * Bolt runs: both store the same graph, node for node, property for property and type for type, and report the same
 * outcomes. Covers generated work plans (tasks and the units responsible), places with their division lineage,
 * ambiguous places with candidates, dated facts with amounts, and aliases that later documents of the same batch add to
 * an entity an earlier one created.
 */
@CoopgraphIT
class InProcessWriteIT {

	@Autowired
	GraphWriter embedded;

	@Autowired
	Driver driver;

	@Autowired
	GraphDatabaseService database;

	@Autowired
	DivisionTree divisions;

	@Autowired
	DocumentExtractor extractor;

	private final RunScopedDocuments documents = new RunScopedDocuments();

	@Test
	void newDocumentsStoreTheSameGraphThroughTheCoreApiAsThroughCypher() {
		GraphWriter overBolt = new GraphWriter(new BoltWriteTransactions(this.driver), DocumentExtractor.VERSION,
				this.divisions);
		List<DocumentWrite> batch = batch();

		Stored cypher = store(overBolt, batch);
		Stored coreApi = store(this.embedded, batch);

		assertThat(coreApi.outcomes()).extracting(WriteOutcome::status).containsOnly(WriteOutcome.Status.NEW);
		assertThat(coreApi.outcomes()).isEqualTo(cypher.outcomes());
		assertThat(coreApi.added()).hasSizeGreaterThan(100).isEqualTo(cypher.added());
		assertThat(coreApi.removed()).isEqualTo(cypher.removed());
	}

	/** Writes {@code batch} in one transaction, notes how the graph changed, and removes the documents again. */
	private Stored store(GraphWriter writer, List<DocumentWrite> batch) {
		List<String> before = snapshot();
		List<WriteOutcome> outcomes = writer.writeAll(batch, false);
		List<String> after = snapshot();
		batch.forEach((write) -> writer.remove(write.source().name()));
		return new Stored(outcomes, minus(after, before), minus(before, after));
	}

	private static List<String> minus(List<String> lines, List<String> others) {
		List<String> left = new ArrayList<>(lines);
		others.forEach(left::remove);
		return left;
	}

	/** The graph, with the time each document was stored reduced to its type. */
	private List<String> snapshot() {
		Function<String, String> withoutTime = (line) -> line.replaceAll("(ingestedAt=\\w+):[^,}]*", "$1");
		return GraphSnapshot.of(this.database).stream().map(withoutTime).sorted().toList();
	}

	private List<DocumentWrite> batch() {
		List<DocumentWrite> batch = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			String name = this.documents.document("in-process-", "plan-" + i + ".txt");
			String text = WorkPlanCorpus.plan(i);
			batch.add(new DocumentWrite(new DocumentSource(name, "计划" + i, "sha-" + i, "text", text.length()),
					this.extractor.extract(name, text)));
		}
		batch.addAll(GeoFixture.writes());
		String park = this.documents.name("甲园区");
		String city = this.documents.name("甲市");
		batch.add(aliased("first.txt", park, city, "甲园"));
		batch.add(aliased("second.txt", park, city, "甲园", "甲工业园"));
		return batch;
	}

	private DocumentWrite aliased(String doc, String park, String city, String... aliases) {
		String name = this.documents.document("in-process-", doc);
		TestExtractions extraction = TestExtractions.document(name)
			.entity(park, EntityType.PARK, aliases)
			.entity(city, EntityType.CITY)
			.relation(RelationType.LOCATED_IN, park, city, null, park + "位于" + city, 0)
			.task("1", "建设" + park, this.documents.name("市发改委"), "年底前", 10);
		return new DocumentWrite(extraction.source("sha-" + doc), extraction.build());
	}

	/** The outcomes of a write, and the lines of the graph's snapshot it added and removed. */
	private record Stored(List<WriteOutcome> outcomes, List<String> added, List<String> removed) {

	}

}
