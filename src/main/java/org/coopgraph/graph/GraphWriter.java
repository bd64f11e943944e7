package org.coopgraph.graph;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.coopgraph.extract.model.DocumentExtraction;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

/**
 * Stores one document and its facts in a single transaction: a document is either fully in the graph or not at all.
 * A document whose content hash is already stored is left alone; a changed one has the facts it alone stated
 * replaced, while entities other documents mention stay. Every fact relationship carries its provenance
 * ({@code document}, {@code evidence}, {@code start}, {@code end}, {@code rule}). Thread-safe.
 */
@Component
public class GraphWriter {

	private static final String STORED_HASH = """
			MATCH (d:Document {key: $name}) RETURN d.sha256 AS sha256""";

	private static final String REMOVE_FACTS = """
			MATCH (d:Document {key: $name})
			OPTIONAL MATCH (d)-[:CONTAINS]->(t:Task)
			WITH d, collect(t) AS tasks
			CALL (d) {
			  MATCH (d)-[:MENTIONS]->(e:Entity)-[r]-()
			  WHERE r.document = $name
			  WITH DISTINCT r
			  DELETE r
			  RETURN count(r) AS removedRelations
			}
			FOREACH (t IN tasks | DETACH DELETE t)
			WITH d, size(tasks) AS removedTasks, removedRelations
			OPTIONAL MATCH (d)-[m:MENTIONS]->(e:Entity)
			WITH d, removedTasks, removedRelations, collect(e) AS mentioned, collect(m) AS mentions
			FOREACH (m IN mentions | DELETE m)
			WITH d, removedTasks, removedRelations, mentioned
			CALL (mentioned) {
			  UNWIND mentioned AS e
			  WITH e WHERE NOT (e)<-[:MENTIONS]-()
			  DETACH DELETE e
			}
			CALL (mentioned) {
			  UNWIND mentioned AS e
			  WITH e WHERE (e)<-[:MENTIONS]-()
			  MATCH (e)<-[m:MENTIONS]-()
			  WITH e, collect(m.aliases) AS lists
			  SET e.aliases = reduce(acc = [], l IN lists | acc + [a IN l WHERE NOT a IN acc])
			  SET e.searchAliases = reduce(s = '', a IN e.aliases | s + ' ' + a)
			}
			DETACH DELETE d
			RETURN removedTasks, removedRelations""";

	private static final String WRITE_DOCUMENT = """
			CREATE (d:Document {key: $doc.name, name: $doc.name, title: $doc.title, sha256: $doc.sha256,
			                    format: $doc.format, chars: $doc.chars, ingestedAt: $ingestedAt})""";

	private static final String WRITE_ENTITIES = """
			MATCH (d:Document {key: $name})
			UNWIND $rows AS row
			MERGE (e:Entity {key: row.key})
			  ON CREATE SET e:$(row.label), e.name = row.name, e.type = row.type, e.aliases = []
			CREATE (d)-[:MENTIONS {aliases: row.aliases}]->(e)
			SET e.aliases = e.aliases + [a IN row.aliases WHERE NOT a IN e.aliases]
			SET e.searchAliases = reduce(s = '', a IN e.aliases | s + ' ' + a)""";

	private static final String WRITE_TASKS = """
			MATCH (d:Document {key: $name})
			UNWIND $rows AS row
			CREATE (t:Task {key: row.key, taskId: row.taskId, document: $name, text: row.text,
			                deadline: row.deadline, evidence: row.evidence, start: row.start, end: row.end})
			CREATE (d)-[:CONTAINS]->(t)""";

	private static final String WRITE_RESPONSIBILITIES = """
			UNWIND $rows AS row
			MATCH (e:Entity {key: row.unit})
			MATCH (t:Task {key: row.task})
			CREATE (e)-[r:$(row.type) {document: $name, evidence: row.evidence, start: row.start, end: row.end,
			                           rule: row.rule}]->(t)""";

	private static final String WRITE_RELATIONS = """
			UNWIND $rows AS row
			MATCH (a:Entity {key: row.from})
			MATCH (b:Entity {key: row.to})
			CREATE (a)-[r:$(row.type) {document: $name, evidence: row.evidence, start: row.start, end: row.end,
			                           rule: row.rule}]->(b)
			SET r.amountCny = row.amountCny""";

	private final Driver driver;

	public GraphWriter(Driver driver) {
		this.driver = driver;
	}

	/**
	 * Writes {@code extraction} for {@code source} unless the same content is already stored.
	 * @param dryRun compute the outcome without committing anything
	 */
	public WriteOutcome write(DocumentSource source, DocumentExtraction extraction, boolean dryRun) {
		FactRows rows = FactRows.of(source.name(), extraction);
		try (Session session = this.driver.session()) {
			if (dryRun) {
				// Closing an uncommitted transaction rolls it back: the outcome is computed, nothing is kept.
				try (Transaction tx = session.beginTransaction()) {
					return writeIn(tx, source, rows);
				}
			}
			return session.executeWrite((tx) -> writeIn(tx, source, rows));
		}
	}

	/**
	 * Removes a document and the facts only it supports.
	 * @return whether the document was stored
	 */
	public boolean remove(String documentName) {
		try (Session session = this.driver.session()) {
			return session.executeWrite((tx) -> {
				if (tx.run(STORED_HASH, Map.of("name", documentName)).list().isEmpty()) {
					return false;
				}
				tx.run(REMOVE_FACTS, Map.of("name", documentName)).consume();
				return true;
			});
		}
	}

	private WriteOutcome writeIn(SimpleQueryRunner tx, DocumentSource source, FactRows rows) {
		String name = source.name();
		List<Value> stored = tx.run(STORED_HASH, Map.of("name", name)).list((r) -> r.get("sha256"));
		if (!stored.isEmpty() && source.sha256().equals(stored.get(0).asString(null))) {
			return new WriteOutcome(name, WriteOutcome.Status.UNCHANGED, 0, 0, 0, 0, 0);
		}
		int removedTasks = 0;
		int removedRelations = 0;
		if (!stored.isEmpty()) {
			var removed = tx.run(REMOVE_FACTS, Map.of("name", name)).single();
			removedTasks = removed.get("removedTasks").asInt();
			removedRelations = removed.get("removedRelations").asInt();
		}
		Map<String, Object> doc = Map.of("name", name, "title", source.title(), "sha256", source.sha256(), "format",
				source.format(), "chars", source.chars());
		tx.run(WRITE_DOCUMENT, Map.of("doc", doc, "ingestedAt", OffsetDateTime.now())).consume();
		tx.run(WRITE_ENTITIES, Map.of("name", name, "rows", rows.entities())).consume();
		tx.run(WRITE_TASKS, Map.of("name", name, "rows", rows.tasks())).consume();
		tx.run(WRITE_RESPONSIBILITIES, Map.of("name", name, "rows", rows.responsibilities())).consume();
		tx.run(WRITE_RELATIONS, Map.of("name", name, "rows", rows.relations())).consume();
		WriteOutcome.Status status = stored.isEmpty() ? WriteOutcome.Status.NEW : WriteOutcome.Status.CHANGED;
		return new WriteOutcome(name, status, rows.entities().size(),
				rows.relations().size() + rows.responsibilities().size(), rows.tasks().size(), removedRelations,
				removedTasks);
	}

}
