package org.coopgraph.graph;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.coopgraph.extract.model.DocumentExtraction;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.Transaction;

import org.springframework.stereotype.Component;

/**
 * Stores one document and its facts in a single transaction: a document is either fully in the graph or not at all,
 * whatever happens to the process. A document whose content hash is already stored is left alone. A changed one is
 * compared fact by fact with what is stored ({@link FactDiff}): only facts that appeared, disappeared or changed are
 * written, so facts that stayed keep their provenance untouched. Entities other documents mention stay; an entity no
 * document mentions any more goes. Every fact relationship carries its provenance ({@code document},
 * {@code evidence}, {@code start}, {@code end}, {@code rule}).
 * <p>
 * Each statement is one parameterised {@code UNWIND} over all rows of its kind, so a document costs a fixed number of
 * round trips whatever its size, and every lookup starts from a {@code key} constraint index. Thread-safe: holds only
 * the driver; concurrent writes of different documents are safe, of the same document are not.
 */
@Component
public class GraphWriter {

	private static final String STORED_HASH = """
			MATCH (d:Document {key: $name}) RETURN d.sha256 AS sha256""";

	private static final String STORED_MENTIONS = """
			MATCH (:Document {key: $name})-[m:MENTIONS]->(e:Entity)
			RETURN e.key AS key, m.aliases AS aliases""";

	private static final String STORED_TASKS = """
			MATCH (:Document {key: $name})-[:CONTAINS]->(t:Task)
			RETURN t.key AS key, t.taskId AS taskId, t.text AS text, t.deadline AS deadline, t.evidence AS evidence,
			       t.start AS start, t.end AS end""";

	private static final String STORED_RESPONSIBILITIES = """
			MATCH (:Document {key: $name})-[:CONTAINS]->(t:Task)<-[r:RESPONSIBLE_FOR|LEADS|CO_RESPONSIBLE]-(e:Entity)
			RETURN type(r) AS type, e.key AS unit, t.key AS task, r.evidence AS evidence, r.start AS start,
			       r.end AS end, r.rule AS rule""";

	private static final String STORED_RELATIONS = """
			MATCH (:Document {key: $name})-[:MENTIONS]->(a:Entity)-[r:PAIRS_WITH|FUNDS|LOCATED_IN|CO_BUILDS]->(b:Entity)
			WHERE r.document = $name
			RETURN type(r) AS type, a.key AS from, b.key AS to, r.amountCny AS amountCny, r.evidence AS evidence,
			       r.start AS start, r.end AS end, r.rule AS rule""";

	private static final String DELETE_RESPONSIBILITIES = """
			UNWIND $rows AS row
			MATCH (:Entity {key: row.unit})-[r:$(row.type)]->(:Task {key: row.task})
			DELETE r""";

	private static final String DELETE_RELATIONS = """
			UNWIND $rows AS row
			MATCH (:Entity {key: row.from})-[r:$(row.type)]->(:Entity {key: row.to})
			WHERE r.document = $name AND coalesce(r.amountCny, -1) = coalesce(row.amountCny, -1)
			DELETE r""";

	private static final String DELETE_TASKS = """
			UNWIND $rows AS row
			MATCH (t:Task {key: row.key})
			DETACH DELETE t""";

	private static final String DELETE_MENTIONS = """
			MATCH (d:Document {key: $name})
			UNWIND $rows AS row
			MATCH (d)-[m:MENTIONS]->(:Entity {key: row.key})
			DELETE m""";

	private static final String DELETE_DOCUMENT = """
			MATCH (d:Document {key: $name})
			DETACH DELETE d""";

	private static final String WRITE_DOCUMENT = """
			MERGE (d:Document {key: $doc.name})
			SET d.name = $doc.name, d.title = $doc.title, d.sha256 = $doc.sha256, d.format = $doc.format,
			    d.chars = $doc.chars, d.ingestedAt = $ingestedAt""";

	private static final String MISSING_ENTITIES = """
			UNWIND $keys AS key
			WITH key WHERE NOT EXISTS { MATCH (:Entity {key: key}) }
			RETURN collect(key) AS keys""";

	private static final String WRITE_MENTIONS = """
			MATCH (d:Document {key: $name})
			UNWIND $rows AS row
			MERGE (e:Entity {key: row.key})
			  ON CREATE SET e:$(row.label), e.name = row.name, e.type = row.type, e.aliases = []
			CREATE (d)-[:MENTIONS {aliases: row.aliases}]->(e)
			SET e.aliases = e.aliases + [a IN row.aliases WHERE NOT a IN e.aliases]
			SET e.searchAliases = reduce(s = '', a IN e.aliases | s + ' ' + a)""";

	private static final String UPDATE_MENTIONS = """
			MATCH (d:Document {key: $name})
			UNWIND $rows AS row
			MATCH (d)-[m:MENTIONS]->(:Entity {key: row.key})
			SET m.aliases = row.aliases""";

	private static final String DELETE_UNMENTIONED_ENTITIES = """
			UNWIND $keys AS key
			MATCH (e:Entity {key: key})
			WHERE NOT EXISTS { (e)<-[:MENTIONS]-() }
			DETACH DELETE e
			RETURN count(*) AS deleted""";

	// Aliases are the union of what each mentioning document wrote, in ingest order, as the append in
	// WRITE_MENTIONS builds them; recollected only for entities that lost or changed a mention.
	private static final String RECOLLECT_ALIASES = """
			UNWIND $keys AS key
			MATCH (e:Entity {key: key})<-[m:MENTIONS]-(d:Document)
			WITH e, m ORDER BY d.ingestedAt, d.key
			WITH e, collect(m.aliases) AS lists
			SET e.aliases = reduce(acc = [], l IN lists | acc + [a IN l WHERE NOT a IN acc])
			SET e.searchAliases = reduce(s = '', a IN e.aliases | s + ' ' + a)""";

	private static final String WRITE_TASKS = """
			MATCH (d:Document {key: $name})
			UNWIND $rows AS row
			CREATE (t:Task {key: row.key, taskId: row.taskId, document: $name, text: row.text,
			                deadline: row.deadline, evidence: row.evidence, start: row.start, end: row.end})
			CREATE (d)-[:CONTAINS]->(t)""";

	private static final String UPDATE_TASKS = """
			UNWIND $rows AS row
			MATCH (t:Task {key: row.key})
			SET t.taskId = row.taskId, t.text = row.text, t.deadline = row.deadline, t.evidence = row.evidence,
			    t.start = row.start, t.end = row.end""";

	private static final String WRITE_RESPONSIBILITIES = """
			UNWIND $rows AS row
			MATCH (e:Entity {key: row.unit})
			MATCH (t:Task {key: row.task})
			CREATE (e)-[r:$(row.type) {document: $name, evidence: row.evidence, start: row.start, end: row.end,
			                           rule: row.rule}]->(t)""";

	private static final String UPDATE_RESPONSIBILITIES = """
			UNWIND $rows AS row
			MATCH (:Entity {key: row.unit})-[r:$(row.type)]->(:Task {key: row.task})
			SET r.evidence = row.evidence, r.start = row.start, r.end = row.end, r.rule = row.rule""";

	private static final String WRITE_RELATIONS = """
			UNWIND $rows AS row
			MATCH (a:Entity {key: row.from})
			MATCH (b:Entity {key: row.to})
			CREATE (a)-[r:$(row.type) {document: $name, evidence: row.evidence, start: row.start, end: row.end,
			                           rule: row.rule}]->(b)
			SET r.amountCny = row.amountCny""";

	private static final String UPDATE_RELATIONS = """
			UNWIND $rows AS row
			MATCH (:Entity {key: row.from})-[r:$(row.type)]->(:Entity {key: row.to})
			WHERE r.document = $name AND coalesce(r.amountCny, -1) = coalesce(row.amountCny, -1)
			SET r.evidence = row.evidence, r.start = row.start, r.end = row.end, r.rule = row.rule""";

	private final Driver driver;

	public GraphWriter(Driver driver) {
		this.driver = driver;
	}

	/**
	 * Writes {@code extraction} for {@code source} unless the same content is already stored, in one transaction.
	 * @param dryRun compute the outcome in a transaction that is rolled back, so nothing is kept
	 */
	public WriteOutcome write(DocumentSource source, DocumentExtraction extraction, boolean dryRun) {
		FactRows rows = FactRows.of(source.name(), extraction);
		try (Session session = this.driver.session()) {
			if (dryRun) {
				// Closing an uncommitted transaction rolls it back: the outcome is computed, nothing is kept.
				try (Transaction tx = session.beginTransaction()) {
					return write(new Statements(tx, source.name()), source, rows);
				}
			}
			return session.executeWrite((tx) -> write(new Statements(tx, source.name()), source, rows));
		}
	}

	/**
	 * Removes a document and the facts only it supports, in one transaction.
	 * @return what was removed, or empty if no document of that name is stored
	 */
	public Optional<WriteOutcome> remove(String documentName) {
		try (Session session = this.driver.session()) {
			return session.executeWrite((tx) -> {
				Statements statements = new Statements(tx, documentName);
				if (statements.storedHash().isEmpty()) {
					return Optional.empty();
				}
				WriteOutcome outcome = replaceFacts(statements, FactRows.NONE, WriteOutcome.Status.REMOVED, null);
				statements.run(DELETE_DOCUMENT);
				return Optional.of(outcome);
			});
		}
	}

	private WriteOutcome write(Statements statements, DocumentSource source, FactRows rows) {
		Optional<String> stored = statements.storedHash();
		if (stored.isPresent() && stored.get().equals(source.sha256())) {
			return WriteOutcome.unchanged(source.name());
		}
		WriteOutcome.Status status = stored.isPresent() ? WriteOutcome.Status.CHANGED : WriteOutcome.Status.NEW;
		return replaceFacts(statements, rows, status, source);
	}

	/**
	 * Makes the stored facts of one document equal to {@code rows}: deletes first (so a unit moving from one role to
	 * another is not briefly both), then writes the document node, entities, tasks and relationships in the order
	 * their endpoints need.
	 */
	private WriteOutcome replaceFacts(Statements statements, FactRows rows, WriteOutcome.Status status,
			DocumentSource source) {
		boolean stored = status != WriteOutcome.Status.NEW;
		FactDiff mentions = FactDiff.between(FactKind.MENTION, stored ? statements.read(STORED_MENTIONS) : List.of(),
				rows.entities());
		FactDiff tasks = FactDiff.between(FactKind.TASK, stored ? statements.read(STORED_TASKS) : List.of(),
				rows.tasks());
		FactDiff responsibilities = FactDiff.between(FactKind.RESPONSIBILITY,
				stored ? statements.read(STORED_RESPONSIBILITIES) : List.of(), rows.responsibilities());
		FactDiff relations = FactDiff.between(FactKind.RELATION,
				stored ? statements.read(STORED_RELATIONS) : List.of(), rows.relations());

		statements.runRows(DELETE_RESPONSIBILITIES, responsibilities.removed());
		statements.runRows(DELETE_RELATIONS, relations.removed());
		statements.runRows(DELETE_TASKS, tasks.removed());
		statements.runRows(DELETE_MENTIONS, mentions.removed());

		if (source != null) {
			Map<String, Object> doc = Map.of("name", source.name(), "title", source.title(), "sha256",
					source.sha256(), "format", source.format(), "chars", source.chars());
			statements.run(WRITE_DOCUMENT, Map.of("doc", doc, "ingestedAt", OffsetDateTime.now()));
		}
		List<String> created = statements.missingEntities(keys(mentions.added()));
		statements.runRows(WRITE_MENTIONS, mentions.added());
		statements.runRows(UPDATE_MENTIONS, mentions.updated());
		Set<String> touched = new LinkedHashSet<>(keys(mentions.removed()));
		touched.addAll(keys(mentions.updated()));
		int deletedEntities = statements.deleteUnmentioned(touched);
		statements.runKeys(RECOLLECT_ALIASES, touched);

		statements.runRows(WRITE_TASKS, tasks.added());
		statements.runRows(UPDATE_TASKS, tasks.updated());
		statements.runRows(WRITE_RESPONSIBILITIES, responsibilities.added());
		statements.runRows(UPDATE_RESPONSIBILITIES, responsibilities.updated());
		statements.runRows(WRITE_RELATIONS, relations.added());
		statements.runRows(UPDATE_RELATIONS, relations.updated());

		String name = (source != null) ? source.name() : statements.document();
		return new WriteOutcome(name, status, rows.entities().size(),
				rows.relations().size() + rows.responsibilities().size(), rows.tasks().size(),
				new WriteOutcome.Change(created.size(), 0, deletedEntities),
				relations.change().plus(responsibilities.change()), tasks.change(), created);
	}

	private static List<String> keys(List<Map<String, Object>> rows) {
		List<String> keys = new ArrayList<>(rows.size());
		rows.forEach((row) -> keys.add((String) row.get("key")));
		return keys;
	}

	/** The statements of one document's transaction, each run with the document name bound to {@code $name}. */
	private record Statements(SimpleQueryRunner tx, String document) {

		Optional<String> storedHash() {
			return this.tx.run(STORED_HASH, Map.of("name", this.document))
				.list((r) -> r.get("sha256").asString(""))
				.stream()
				.findFirst();
		}

		List<Map<String, Object>> read(String query) {
			return this.tx.run(query, Map.of("name", this.document)).list((r) -> r.asMap());
		}

		List<String> missingEntities(List<String> keys) {
			if (keys.isEmpty()) {
				return List.of();
			}
			return this.tx.run(MISSING_ENTITIES, Map.of("keys", keys)).single().get("keys").asList((v) -> v.asString());
		}

		int deleteUnmentioned(Set<String> keys) {
			if (keys.isEmpty()) {
				return 0;
			}
			return this.tx.run(DELETE_UNMENTIONED_ENTITIES, Map.of("keys", List.copyOf(keys)))
				.single()
				.get("deleted")
				.asInt();
		}

		void runRows(String query, List<Map<String, Object>> rows) {
			// An empty UNWIND does nothing: skip the round trip.
			if (!rows.isEmpty()) {
				run(query, Map.of("name", this.document, "rows", rows));
			}
		}

		void runKeys(String query, Set<String> keys) {
			if (!keys.isEmpty()) {
				run(query, Map.of("keys", List.copyOf(keys)));
			}
		}

		void run(String query) {
			run(query, Map.of("name", this.document));
		}

		void run(String query, Map<String, Object> parameters) {
			this.tx.run(query, parameters).consume();
		}

	}

}
