package org.coopgraph.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.coopgraph.extract.model.EntityType;
import org.coopgraph.extract.model.RelationType;
import org.coopgraph.graph.GraphWriter;
import org.coopgraph.graph.WriteOutcome;
import org.coopgraph.graph.WriteOutcome.Change;
import org.coopgraph.support.CoopgraphIT;
import org.coopgraph.support.RunScopedDocuments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Re-ingesting and removing documents changes exactly the facts that changed. Extractions are built by hand, and
 * entity names are made up so that the seed documents in the shared database are never touched.
 */
@CoopgraphIT
class IncrementalWriteIT {

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
	void changingOneTaskDeadlineChangesExactlyThatFactAndKeepsTheProvenanceOfEveryOtherFact() {
		String doc = doc("plan.txt");
		write(plan(doc, "6月底前"), "sha-1");
		GraphSnapshot before = GraphSnapshot.of(this.driver, List.of(doc));

		WriteOutcome outcome = write(plan(doc, "9月底前"), "sha-2");
		GraphSnapshot after = GraphSnapshot.of(this.driver, List.of(doc));

		// The task's sentence is its evidence, which its responsibility reads from it: only the task changes, and the
		// responsibility stays as it was (same relationship, same properties).
		String task = doc + "#1.2";
		assertThat(outcome.status()).isEqualTo(WriteOutcome.Status.CHANGED);
		assertThat(outcome.taskChanges()).isEqualTo(new Change(0, 1, 0));
		assertThat(outcome.relationChanges()).isEqualTo(Change.NONE);
		assertThat(outcome.entityChanges()).isEqualTo(Change.NONE);
		assertThat(changedKeys(before.nodes(), after.nodes())).containsExactly(task);
		assertThat(changedKeys(before.relationships(), after.relationships())).isEmpty();
		assertThat(after.relationships()).isEqualTo(before.relationships());
		assertThat(changedProperties(properties(before.nodes().get(task)), properties(after.nodes().get(task))))
			.containsExactlyInAnyOrder("deadline", "evidence");
		assertThat(properties(after.nodes().get(task))).containsEntry("deadline", "9月底前");
	}

	@Test
	void writingTheSameContentAgainChangesNothing() {
		String doc = doc("plan.txt");
		write(plan(doc, "6月底前"), "sha-1");
		GraphSnapshot before = GraphSnapshot.of(this.driver, List.of(doc));

		WriteOutcome outcome = write(plan(doc, "6月底前"), "sha-1");

		assertThat(outcome.status()).isEqualTo(WriteOutcome.Status.UNCHANGED);
		assertThat(GraphSnapshot.of(this.driver, List.of(doc))).isEqualTo(before);
	}

	@Test
	void aChangedDocumentLosesTheFactsItNoLongerStatesAndGainsTheNewOnes() {
		String doc = doc("plan.txt");
		write(plan(doc, "6月底前"), "sha-1");

		TestExtractions changed = TestExtractions.document(doc)
			.entity(name("甲市"), EntityType.CITY, name("甲"))
			.entity(name("乙市"), EntityType.CITY)
			.relation(RelationType.PAIRS_WITH, name("甲市"), name("乙市"), null, "甲乙两市结对", 0)
			.task("1.1", "召开两市结对帮扶合作推进会", name("甲市发改委"), "6月底前", 10)
			.task("1.3", "举办产业对接活动", name("甲市商务局"), "10月底前", 60);
		WriteOutcome outcome = write(changed, "sha-2");

		// Gone: task 1.2 and its responsibility, the FUNDS fact, and 丙县 (no other document mentions it).
		// New: task 1.3, its responsibility and the 商务局 it names.
		assertThat(outcome.taskChanges()).isEqualTo(new Change(1, 0, 1));
		assertThat(outcome.relationChanges()).isEqualTo(new Change(1, 0, 2));
		assertThat(outcome.entityChanges()).isEqualTo(new Change(1, 0, 1));
		assertThat(count("MATCH (t:Task {document: $doc}) RETURN count(t)", doc)).isEqualTo(2);
		assertThat(count("MATCH ()-[r:FUNDS {document: $doc}]->() RETURN count(r)", doc)).isZero();
		assertThat(count("MATCH (e:Entity {key: $name}) RETURN count(e)", name("丙县"))).isZero();
	}

	@Test
	void removingADocumentKeepsSharedEntitiesAndDropsTheFactsOnlyItSupported() {
		String first = doc("first.txt");
		String second = doc("second.txt");
		write(plan(first, "6月底前"), "sha-1");
		write(TestExtractions.document(second)
			.entity(name("甲市"), EntityType.CITY, name("甲地"))
			.entity(name("乙市"), EntityType.CITY)
			.entity(name("丁县"), EntityType.COUNTY)
			.relation(RelationType.PAIRS_WITH, name("甲市"), name("乙市"), null, "甲市与乙市结对", 0)
			.relation(RelationType.LOCATED_IN, name("丁县"), name("甲市"), null, "甲市丁县", 20), "sha-x");
		assertThat(count("MATCH (:Entity {key: $name})-[r:PAIRS_WITH]-() RETURN count(r)", name("甲市"))).isEqualTo(2);

		WriteOutcome removed = this.writer.remove(first).orElseThrow();

		assertThat(removed.status()).isEqualTo(WriteOutcome.Status.REMOVED);
		assertThat(removed.taskChanges()).isEqualTo(new Change(0, 0, 2));
		// The PAIRS_WITH and FUNDS facts the first document stated, and two responsibilities.
		assertThat(removed.relationChanges()).isEqualTo(new Change(0, 0, 4));
		// 丙县 and the 发改委 only the first document named; 甲市 and 乙市 are also mentioned by the second.
		assertThat(removed.entityChanges()).isEqualTo(new Change(0, 0, 2));
		assertThat(count("MATCH (d:Document {key: $doc}) RETURN count(d)", first)).isZero();
		assertThat(count("MATCH (t:Task {document: $doc}) RETURN count(t)", first)).isZero();
		assertThat(count("MATCH ()-[r {document: $doc}]->() RETURN count(r)", first)).isZero();
		assertThat(count("MATCH (e:Entity {key: $name}) RETURN count(e)", name("丙县"))).isZero();
		assertThat(count("MATCH (e:Entity {key: $name}) RETURN count(e)", name("甲市发改委"))).isZero();
		assertThat(count("MATCH (e:Entity {key: $name}) RETURN count(e)", name("乙市"))).isOne();
		assertThat(count("MATCH (:Entity {key: $name})-[r:PAIRS_WITH {document: $doc}]-() RETURN count(r)",
				name("甲市"), second))
			.isOne();
		assertThat(count("MATCH (:Entity {key: $name})-[r:PAIRS_WITH]-() RETURN count(r)", name("甲市"))).isOne();
		assertThat(aliases(name("甲市"))).containsExactly(name("甲地"));
	}

	@Test
	void aDryRunReportsTheChangeAndLeavesTheGraphAsItWas() {
		String doc = doc("plan.txt");
		write(plan(doc, "6月底前"), "sha-1");
		GraphSnapshot before = GraphSnapshot.of(this.driver, List.of(doc));

		WriteOutcome outcome = this.writer.write(plan(doc, "9月底前").source("sha-2"), plan(doc, "9月底前").build(),
				true);

		assertThat(outcome.status()).isEqualTo(WriteOutcome.Status.CHANGED);
		assertThat(outcome.taskChanges()).isEqualTo(new Change(0, 1, 0));
		assertThat(GraphSnapshot.of(this.driver, List.of(doc))).isEqualTo(before);
		assertThat(count("MATCH (d:Document {key: $doc}) RETURN count(d)", doc)).isOne();
	}

	/** Two cities paired, one funding the other, a county, and three tasks for two departments. */
	private TestExtractions plan(String doc, String secondDeadline) {
		return TestExtractions.document(doc)
			.entity(name("甲市"), EntityType.CITY, name("甲"))
			.entity(name("乙市"), EntityType.CITY)
			.entity(name("丙县"), EntityType.COUNTY)
			.relation(RelationType.PAIRS_WITH, name("甲市"), name("乙市"), null, "甲乙两市结对", 0)
			.relation(RelationType.FUNDS, name("甲市"), name("丙县"), 60_000_000L, "甲市安排6000万元帮扶资金", 30)
			.task("1.1", "召开两市结对帮扶合作推进会", name("甲市发改委"), "6月底前", 10)
			.task("1.2", "签订年度合作协议", name("甲市发改委"), secondDeadline, 40);
	}

	private WriteOutcome write(TestExtractions extraction, String sha) {
		this.documents.written(extraction.build().doc());
		return this.writer.write(extraction.source(sha), extraction.build(), false);
	}

	private String doc(String name) {
		return this.documents.document("it-", name);
	}

	// Entity names carry the run id so that tests never share entities with each other or with the seeds.
	private String name(String name) {
		return this.documents.name(name);
	}

	private long count(String query, String value) {
		return count(query, value, null);
	}

	private long count(String query, String value, String doc) {
		Map<String, Object> params = new HashMap<>();
		params.put("doc", (doc != null) ? doc : value);
		params.put("name", value);
		try (Session session = this.driver.session()) {
			return session.run(query, params).single().get(0).asLong();
		}
	}

	private List<Object> aliases(String entity) {
		try (Session session = this.driver.session()) {
			return session.run("MATCH (e:Entity {key: $name}) RETURN e.aliases", Map.of("name", entity))
				.single()
				.get(0)
				.asList();
		}
	}

	private static List<String> changedKeys(Map<String, Object> before, Map<String, Object> after) {
		Set<String> keys = new TreeSet<>(before.keySet());
		keys.addAll(after.keySet());
		return keys.stream().filter((k) -> !Objects.equals(before.get(k), after.get(k))).toList();
	}

	private static List<String> changedProperties(Map<String, Object> before, Map<String, Object> after) {
		return changedKeys(before, after);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> properties(Object nodeOrRelationship) {
		return (Map<String, Object>) ((List<Object>) nodeOrRelationship).get(1);
	}

}
