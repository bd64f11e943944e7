package org.coopgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.coopgraph.extract.model.EntityType;
import org.coopgraph.extract.model.RelationType;
import org.coopgraph.graph.DocumentWrite;
import org.coopgraph.graph.GraphWriter;
import org.coopgraph.graph.WriteOutcome;
import org.coopgraph.support.CoopgraphIT;
import org.coopgraph.support.RunScopedDocuments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Documents written several to a transaction stay atomic one by one: a document that cannot be stored fails alone,
 * keeps its stored version, and the documents batched with it are stored; a batch gives each document the outcome it
 * would have alone.
 */
@CoopgraphIT
class BatchedWriterIT {

	/** Longer than a range index key may be: Neo4j refuses to store it, so the document's write fails. */
	private static final String UNINDEXABLE = "超长名称".repeat(3000) + "局";

	@Autowired
	GraphWriter writer;

	@Autowired
	Driver driver;

	private final RunScopedDocuments documents = new RunScopedDocuments();

	@AfterEach
	void removeWhatTheTestWrote() {
		this.documents.removeAll(this.writer);
	}

	@Test
	void aDocumentThatCannotBeStoredFailsAloneKeepsItsStoredVersionAndTheRestOfItsBatchIsStored() throws Exception {
		String first = doc("first.txt");
		String bad = doc("bad.txt");
		String last = doc("last.txt");
		this.writer.write(plan(bad, name("甲市"), "乙县").source("sha-1"), plan(bad, name("甲市"), "乙县").build(), false);
		List<DocumentWrite> batch = List.of(write(plan(first, name("丙市"), "丁县"), "sha-1"),
				write(plan(bad, name("甲市"), UNINDEXABLE), "sha-2"), write(plan(last, name("戊市"), "己县"), "sha-1"));
		assertThatThrownBy(() -> this.writer.writeAll(batch, false)).as("the batch as one transaction fails")
			.isInstanceOf(RuntimeException.class);

		List<CompletableFuture<WriteOutcome>> outcomes = new ArrayList<>();
		try (BatchedWriter writes = new BatchedWriter(this.writer)) {
			// The writer takes what queued while it wrote the document before: the bad one shares a batch.
			batch.forEach((document) -> outcomes.add(writes.submit(document, false)));
			assertThat(outcomes.get(0).join().status()).isEqualTo(WriteOutcome.Status.NEW);
			assertThatThrownBy(outcomes.get(1)::join).isInstanceOf(CompletionException.class);
			assertThat(outcomes.get(2).join().status()).isEqualTo(WriteOutcome.Status.NEW);
		}

		assertThat(sha(first)).isEqualTo("sha-1");
		assertThat(sha(last)).isEqualTo("sha-1");
		assertThat(sha(bad)).as("the stored version stays").isEqualTo("sha-1");
		assertThat(partners(bad)).containsExactly(name("乙县"));
		assertThat(partners(first)).containsExactly(name("丁县"));
		assertThat(partners(last)).containsExactly(name("己县"));
	}

	@Test
	void aBatchGivesEachDocumentTheOutcomeItWouldHaveAfterTheDocumentsBeforeIt() {
		String one = doc("one.txt");
		String two = doc("two.txt");
		this.writer.write(plan(one, name("甲市"), "乙县").source("sha-1"), plan(one, name("甲市"), "乙县").build(), false);

		List<WriteOutcome> outcomes = this.writer.writeAll(List.of(write(plan(one, name("甲市"), "丙县"), "sha-2"),
				write(plan(two, name("甲市"), "丙县"), "sha-1")), false);

		assertThat(outcomes).extracting(WriteOutcome::status)
			.containsExactly(WriteOutcome.Status.CHANGED, WriteOutcome.Status.NEW);
		// The first document created 丙县 and dropped 乙县, which no other document mentions; the second found 丙县.
		assertThat(outcomes.get(0).entityChanges()).isEqualTo(new WriteOutcome.Change(1, 0, 1));
		assertThat(outcomes.get(1).entityChanges()).isEqualTo(WriteOutcome.Change.NONE);
		assertThat(partners(one)).containsExactly(name("丙县"));
		assertThat(partners(two)).containsExactly(name("丙县"));
	}

	private DocumentWrite write(TestExtractions extraction, String sha) {
		return new DocumentWrite(extraction.source(sha), extraction.build());
	}

	private TestExtractions plan(String doc, String city, String county) {
		String partner = county.equals(UNINDEXABLE) ? county : name(county);
		return TestExtractions.document(doc)
			.entity(city, EntityType.CITY)
			.entity(partner, EntityType.COUNTY)
			.relation(RelationType.PAIRS_WITH, city, partner, null, city + "与" + partner + "结对", 0);
	}

	private String sha(String doc) {
		try (Session session = this.driver.session()) {
			return session.run("MATCH (d:Document {key: $doc}) RETURN d.sha256 AS sha", Map.of("doc", doc))
				.single()
				.get("sha")
				.asString();
		}
	}

	private List<String> partners(String doc) {
		try (Session session = this.driver.session()) {
			return session
				.run("MATCH (:Entity)-[r:PAIRS_WITH {document: $doc}]->(b:Entity) RETURN b.name AS name ORDER BY name",
						Map.of("doc", doc))
				.list((r) -> r.get("name").asString());
		}
	}

	private String doc(String name) {
		String doc = this.documents.document("", name);
		this.documents.written(doc);
		return doc;
	}

	private String name(String name) {
		return this.documents.name(name);
	}

}
