package org.coopgraph.graph;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.coopgraph.extract.model.DocumentDate;
import org.coopgraph.extract.model.DocumentExtraction;
import org.coopgraph.extract.model.ExtractionState;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.graphdb.Transaction;

/**
 * Stores a document and its facts in a single transaction, alone or in a batch with others ({@link #writeAll}): a
 * document is either fully in the graph or not at all, whatever happens to the process. A document whose content hash is already stored is left alone. A changed one is
 * compared fact by fact with what is stored ({@link FactDiff}): only facts that appeared, disappeared or changed are
 * written, so facts that stayed keep their provenance untouched. Entities other documents mention stay; an entity no
 * document mentions any more goes. Every fact relationship between entities carries its provenance
 * ({@code document}, {@code evidence}, {@code start}, {@code end}, {@code rule}); a unit's responsibility for a task
 * carries {@code document} and {@code rule}, and its evidence and offsets are the task's, stored once on the task (a
 * task's line was stored again on each of its units: a fifth of what a real document wrote). The document node
 * records how much of it was
 * extracted ({@code extraction}, {@code extractionProblems}); an extraction that read nothing
 * ({@link ExtractionState#FAILED}) never replaces a stored version of the document.
 * <p>
 * A document costs a fixed number of statements whatever its size: one read of its stored hash, one of its stored
 * facts (only when it changed), and one write statement made of parameterised {@code UNWIND} subqueries, one per
 * kind of change; every lookup starts from a {@code key} constraint index. The statements run through
 * {@link WriteTransactions}: inside this JVM for the embedded database, over Bolt for an external one. In this JVM,
 * the stored hash is read and a new document (the bulk of any ingest) is written through Neo4j's core API instead
 * ({@link NewDocumentWriter}), to the same nodes, relationships and properties. Thread-safe:
 * concurrent writes of different documents are safe, of the same document are not. A database that is unavailable
 * or times out fails each method with a {@link GraphStoreException}.
 */
public class GraphWriter {

	// Every statement starts with CYPHER replan=skip: its plan starts from key constraint indexes whatever the
	// counts (WriterStatementPlansIT), and a graph growing under ingest otherwise makes Neo4j plan every statement
	// again each time its counts have moved enough, at most every 10 s: measured, compiling was 60% of the
	// writer's time while 1,000 plans were ingested into a new database.
	private static final String STORED_FINGERPRINT = """
			CYPHER replan=skip
			MATCH (d:Document {key: $name})
			RETURN d.sha256 + '|' + coalesce(d.extractor, '') + '|' + coalesce(d.extraction, 'COMPLETE') AS fingerprint""";

	private static final String STORED_FACTS = """
			CYPHER replan=skip
			MATCH (d:Document {key: $name})
			RETURN
			  COLLECT {
			    MATCH (d)-[m:MENTIONS]->(e:Entity)
			    RETURN {key: e.key, aliases: m.aliases, candidates: coalesce(m.candidates, [])}
			  } AS mentions,
			  COLLECT {
			    MATCH (d)-[:CONTAINS]->(t:Task)
			    RETURN {key: t.key, taskId: t.taskId, text: t.text, deadline: t.deadline, dueDate: t.dueDate, evidence: t.evidence,
			            start: t.start, end: t.end}
			  } AS tasks,
			  COLLECT {
			    MATCH (d)-[:CONTAINS]->(t:Task)<-[r:%2$s]-(e:Entity)
			    RETURN {type: type(r), unit: e.key, task: t.key, rule: r.rule}
			  } AS responsibilities,
			  COLLECT {
			    MATCH (d)-[:MENTIONS]->(a:Entity)-[r:%1$s]->(b:Entity)
			    WHERE r.document = $name
			    RETURN {type: type(r), from: a.key, to: b.key, amountCny: r.amountCny, evidence: r.evidence,
			            start: r.start, end: r.end, rule: r.rule, year: r.year}
			  } AS relations"""
		.formatted(FactTypes.BETWEEN_ENTITIES, FactTypes.TO_TASKS);

	// One map parameter, $write: Neo4j keys its plan cache by the types of the parameters and the sizes of the
	// strings and lists among them (in steps of ten), so separate parameters compiled this long statement again for
	// each combination of sizes; a map has no size, and the statement is compiled once.
	// The whole change of one document in one statement, so that a document costs one round trip to write
	// whatever its size: deletes first (so a unit moving from one role to another is never both), then the
	// document node, entities and mentions, tasks, and the relationships whose endpoints those created.
	// Entity aliases, and the candidate codes of an ambiguous place, are the union of what each mentioning document
	// wrote (kept on its MENTIONS, candidates only when there are some: most mentions have none, and every stored
	// property is paid for at commit), in ingest order; they are appended for new mentions and recollected only for
	// entities that lost or changed a mention, so a removed document's candidates go with it.
	private static final String WRITE_FACTS = """
			CYPHER replan=skip
			CALL () {
			  UNWIND $write.responsibilities.removed AS row
			  MATCH (:Entity {key: row.unit})-[r:$(row.type)]->(:Task {key: row.task})
			  DELETE r
			}
			CALL () {
			  UNWIND $write.relations.removed AS row
			  MATCH (:Entity {key: row.from})-[r:$(row.type)]->(:Entity {key: row.to})
			  WHERE r.document = $write.name AND coalesce(r.amountCny, -1) = coalesce(row.amountCny, -1)
			  DELETE r
			}
			CALL () {
			  UNWIND $write.tasks.removed AS row
			  MATCH (t:Task {key: row.key})
			  DETACH DELETE t
			}
			MERGE (d:Document {key: $write.name})
			SET d += $write.document
			WITH d
			CALL (d) {
			  UNWIND $write.mentions.removed AS row
			  MATCH (d)-[m:MENTIONS]->(:Entity {key: row.key})
			  DELETE m
			}
			CALL (d) {
			  UNWIND $write.mentions.added AS row
			  OPTIONAL MATCH (existing:Entity {key: row.key})
			  WITH d, row, existing IS NULL AS isNew
			  MERGE (e:Entity {key: row.key})
			    ON CREATE SET e:$(row.label), e.name = row.name, e.type = row.type, e.aliases = [], e.code = row.code,
			                  e.level = row.level, e.province = row.province, e.candidates = row.candidates
			  CREATE (d)-[:MENTIONS {aliases: row.aliases, candidates: CASE WHEN size(row.candidates) > 0 THEN row.candidates END}]->(e)
			  WITH row, isNew, e
			  CALL (e, row) {
			    WITH e, row WHERE any(c IN row.candidates WHERE NOT c IN coalesce(e.candidates, []))
			    SET e.candidates = coalesce(e.candidates, []) + [c IN row.candidates WHERE NOT c IN coalesce(e.candidates, [])]
			  }
			  WITH row, isNew, e, [a IN row.aliases WHERE NOT a IN e.aliases] AS fresh
			  CALL (e, fresh) {
			    WITH e, fresh WHERE size(fresh) > 0 OR e.searchAliases IS NULL
			    SET e.aliases = e.aliases + fresh
			    SET e.searchAliases = reduce(s = '', a IN e.aliases | s + ' ' + a)
			  }
			  RETURN collect(CASE WHEN isNew THEN row.key END) AS created
			}
			CALL (d) {
			  UNWIND $write.mentions.updated AS row
			  MATCH (d)-[m:MENTIONS]->(:Entity {key: row.key})
			  SET m.aliases = row.aliases, m.candidates = CASE WHEN size(row.candidates) > 0 THEN row.candidates END
			}
			CALL () {
			  UNWIND $write.divisions AS row
			  MERGE (e:Entity {key: row.key})
			    ON CREATE SET e:$(row.label), e.name = row.name, e.type = row.type, e.aliases = [], e.searchAliases = '',
			                  e.code = row.code, e.level = row.level, e.province = row.province, e.candidates = []
			}
			CALL () {
			  UNWIND $write.divisions AS row
			  WITH row WHERE row.parent IS NOT NULL
			  MATCH (e:Entity {key: row.key})
			  MATCH (parent:Entity {key: row.parent})
			  MERGE (e)-[:IN_DIVISION]->(parent)
			}
			CALL () {
			  UNWIND range(0, size($write.prune) - 1) AS round
			  CALL (round) {
			    UNWIND $write.prune[round] AS key
			    MATCH (e:Entity {key: key})
			    WHERE NOT EXISTS { (e)<-[:MENTIONS]-() } AND NOT EXISTS { (e)<-[:IN_DIVISION]-() }
			    DETACH DELETE e
			    RETURN key
			  }
			  RETURN count(CASE WHEN key IN $write.touched THEN key END) AS deletedEntities
			}
			CALL () {
			  UNWIND $write.touched AS key
			  MATCH (e:Entity {key: key})
			  WHERE NOT EXISTS { (e)<-[:MENTIONS]-() }
			  SET e.aliases = [], e.searchAliases = '', e.candidates = []
			}
			CALL () {
			  UNWIND $write.touched AS key
			  MATCH (e:Entity {key: key})<-[m:MENTIONS]-(other:Document)
			  WITH e, m ORDER BY other.ingestedAt, other.key
			  WITH e, collect(m.aliases) AS lists, collect(coalesce(m.candidates, [])) AS candidateLists
			  SET e.aliases = reduce(acc = [], l IN lists | acc + [a IN l WHERE NOT a IN acc])
			  SET e.candidates = reduce(acc = [], l IN candidateLists | acc + [c IN l WHERE NOT c IN acc])
			  SET e.searchAliases = reduce(s = '', a IN e.aliases | s + ' ' + a)
			}
			CALL (d) {
			  UNWIND $write.tasks.added AS row
			  CREATE (t:Task {key: row.key, taskId: row.taskId, document: $write.name, text: row.text,
			                  deadline: row.deadline, dueDate: row.dueDate, evidence: row.evidence, start: row.start,
			                  end: row.end})
			  CREATE (d)-[:CONTAINS]->(t)
			}
			CALL () {
			  UNWIND $write.tasks.updated AS row
			  MATCH (t:Task {key: row.key})
			  SET t.taskId = row.taskId, t.text = row.text, t.deadline = row.deadline, t.dueDate = row.dueDate,
			      t.evidence = row.evidence,
			      t.start = row.start, t.end = row.end
			}
			CALL () {
			  UNWIND $write.responsibilities.added AS row
			  MATCH (e:Entity {key: row.unit})
			  MATCH (t:Task {key: row.task})
			  CREATE (e)-[r:$(row.type) {document: $write.name, rule: row.rule}]->(t)
			}
			CALL () {
			  UNWIND $write.responsibilities.updated AS row
			  MATCH (:Entity {key: row.unit})-[r:$(row.type)]->(:Task {key: row.task})
			  SET r.rule = row.rule
			}
			CALL () {
			  UNWIND $write.relations.added AS row
			  MATCH (a:Entity {key: row.from})
			  MATCH (b:Entity {key: row.to})
			  CREATE (a)-[r:$(row.type) {document: $write.name, evidence: row.evidence, start: row.start, end: row.end,
			                             rule: row.rule, amountCny: row.amountCny, year: row.year}]->(b)
			}
			CALL () {
			  UNWIND $write.relations.updated AS row
			  MATCH (:Entity {key: row.from})-[r:$(row.type)]->(:Entity {key: row.to})
			  WHERE r.document = $write.name AND coalesce(r.amountCny, -1) = coalesce(row.amountCny, -1)
			  SET r.evidence = row.evidence, r.start = row.start, r.end = row.end, r.rule = row.rule, r.year = row.year
			}
			RETURN created, deletedEntities""";

	private static final String DELETE_DOCUMENT = """
			CYPHER replan=skip
			MATCH (d:Document {key: $name})
			DETACH DELETE d""";

	private final WriteTransactions transactions;

	private final String extractorVersion;

	private final DivisionTree divisionTree;

	private final DivisionRows divisions;

	/**
	 * @param extractorVersion the version of the extraction rules whose output this writer stores: a document
	 * stored by other rules is not {@link #holds held}, so that an upgrade re-extracts it
	 */
	public GraphWriter(WriteTransactions transactions, String extractorVersion, DivisionTree divisions) {
		this.transactions = transactions;
		this.extractorVersion = extractorVersion;
		this.divisionTree = divisions;
		this.divisions = new DivisionRows(divisions);
	}

	/**
	 * Writes {@code extraction} for {@code source} unless the same content is already stored, in one transaction. A
	 * failed extraction is stored only for a document not stored yet (so that it is listed, with its problems): a
	 * stored version is kept as it is, and the outcome is {@link WriteOutcome.Status#UNCHANGED}.
	 * @param dryRun compute the outcome in a transaction that is rolled back, so nothing is kept
	 */
	public WriteOutcome write(DocumentSource source, DocumentExtraction extraction, boolean dryRun) {
		return writeAll(List.of(new DocumentWrite(source, extraction)), dryRun).get(0);
	}

	/**
	 * Writes several documents as {@link #write} would, one after the other, in one transaction: all of them are
	 * stored or none. A transaction's commit (the log flush and the full-text index updates) costs about as much as a
	 * document's statements, so a batch of documents pays it once. Each document's outcome is what it would be
	 * alone after the documents before it.
	 * @param dryRun compute the outcomes in a transaction that is rolled back, so nothing is kept
	 */
	public List<WriteOutcome> writeAll(List<DocumentWrite> documents, boolean dryRun) {
		List<FactRows> rows = documents.stream()
			.map((d) -> FactRows.of(d.source().name(), d.extraction(), this.divisionTree))
			.toList();
		// A dry run's transaction is rolled back: the outcome is computed, nothing is kept.
		return this.transactions.write(!dryRun, (tx) -> {
			List<WriteOutcome> outcomes = new ArrayList<>(documents.size());
			Optional<NewDocumentWriter> newDocuments = tx.inProcess().map((core) -> new NewDocumentWriter(core, tx));
			for (int i = 0; i < documents.size(); i++) {
				DocumentWrite document = documents.get(i);
				outcomes.add(write(new Statements(tx, document.source().name()), newDocuments, document.source(),
						document.extraction(), rows.get(i)));
			}
			return outcomes;
		});
	}

	/**
	 * Whether the graph already holds document {@code name} with exactly this content, completely extracted, in
	 * which case {@link #write} would change nothing. Lets callers skip extracting it; a document stored partly
	 * extracted is extracted again, so that every run reports it.
	 */
	public boolean holds(String name, String sha256) {
		return this.transactions.read((tx) -> new Statements(tx, name).storedFingerprint())
			.filter(fingerprint(sha256, ExtractionState.COMPLETE)::equals)
			.isPresent();
	}

	/**
	 * Removes a document and the facts only it supports, in one transaction.
	 * @return what was removed, or empty if no document of that name is stored
	 */
	public Optional<WriteOutcome> remove(String documentName) {
		return this.transactions.write(true, (tx) -> {
			Statements statements = new Statements(tx, documentName);
			if (statements.storedFingerprint().isEmpty()) {
				return Optional.empty();
			}
			WriteOutcome outcome = replaceFacts(statements, Optional.empty(), FactRows.NONE,
					WriteOutcome.Status.REMOVED, Map.of());
			statements.run(DELETE_DOCUMENT);
			return Optional.of(outcome);
		});
	}

	private WriteOutcome write(Statements statements, Optional<NewDocumentWriter> newDocuments, DocumentSource source,
			DocumentExtraction extraction, FactRows rows) {
		Optional<String> stored = statements.storedFingerprint();
		boolean keepStored = extraction.state() == ExtractionState.FAILED && stored.isPresent();
		if (keepStored || stored.isPresent() && stored.get().equals(fingerprint(source.sha256(), extraction.state()))) {
			return WriteOutcome.unchanged(source.name());
		}
		WriteOutcome.Status status = stored.isPresent() ? WriteOutcome.Status.CHANGED : WriteOutcome.Status.NEW;
		return replaceFacts(statements, newDocuments, rows, status, documentProperties(source, extraction));
	}

	/**
	 * Makes the stored facts of one document equal to {@code rows} ({@link FactRows#NONE} to remove them all) in
	 * two statements: one read of what is stored, one write of the difference.
	 */
	private WriteOutcome replaceFacts(Statements statements, Optional<NewDocumentWriter> newDocuments, FactRows rows,
			WriteOutcome.Status status,
			Map<String, Object> document) {
		StoredFacts stored = (status == WriteOutcome.Status.NEW) ? StoredFacts.NONE : statements.storedFacts();
		FactDiff mentions = FactDiff.between(FactKind.MENTION, stored.mentions(), rows.entities());
		FactDiff tasks = FactDiff.between(FactKind.TASK, stored.tasks(), rows.tasks());
		FactDiff responsibilities = FactDiff.between(FactKind.RESPONSIBILITY, stored.responsibilities(),
				rows.responsibilities());
		FactDiff relations = FactDiff.between(FactKind.RELATION, stored.relations(), rows.relations());
		Set<String> touched = new LinkedHashSet<>(keys(mentions.removed()));
		touched.addAll(keys(mentions.updated()));

		List<String> created;
		int deletedEntities;
		if (status == WriteOutcome.Status.NEW && newDocuments.isPresent()) {
			// Nothing stored to compare, delete or prune: every row is added.
			created = newDocuments.get().write(statements.document(), document, rows,
					this.divisions.lineage(keys(rows.entities())));
			deletedEntities = 0;
		}
		else {
			// The statement may delete entities the core API looked up earlier in this transaction.
			newDocuments.ifPresent(NewDocumentWriter::forgetEntities);
			Record written = statements.tx().run(WRITE_FACTS, Map.of("write", writeParameter(statements.document(),
					document, mentions, tasks, responsibilities, relations, touched)))
				.get(0);
			created = written.get("created").asList(Value::asString);
			deletedEntities = written.get("deletedEntities").asInt();
		}

		return new WriteOutcome(statements.document(), status, rows.entities().size(),
				rows.relations().size() + rows.responsibilities().size(), rows.tasks().size(),
				new WriteOutcome.Change(created.size(), 0, deletedEntities),
				relations.change().plus(responsibilities.change()), tasks.change(), created);
	}

	private Map<String, Object> writeParameter(String name, Map<String, Object> document, FactDiff mentions,
			FactDiff tasks, FactDiff responsibilities, FactDiff relations, Set<String> touched) {
		Map<String, Object> write = new HashMap<>();
		write.put("name", name);
		write.put("document", document);
		write.put("mentions", mentions.asParameter());
		write.put("tasks", tasks.asParameter());
		write.put("responsibilities", responsibilities.asParameter());
		write.put("relations", relations.asParameter());
		write.put("touched", List.copyOf(touched));
		write.put("divisions", this.divisions.lineage(keys(mentions.added())));
		write.put("prune", this.divisions.pruneRounds(touched));
		return write;
	}

	private Map<String, Object> documentProperties(DocumentSource source, DocumentExtraction extraction) {
		Map<String, Object> properties = new HashMap<>(Map.of("name", source.name(), "title", source.title(), "sha256",
				source.sha256(), "format", source.format(), "chars", source.chars(), "ingestedAt", OffsetDateTime.now(),
				"extractor", this.extractorVersion, "extraction", extraction.state().name(), "extractionProblems",
				extraction.problems()));
		// Null values remove the properties, so a document that is no longer dated loses its old date.
		DocumentDate dated = extraction.dated();
		properties.put("year", dated.year());
		properties.put("date", dated.date());
		properties.put("yearSource", dated.source().name());
		return properties;
	}

	/**
	 * Same content read by the same extraction rules with the same success: anything else must be written again.
	 */
	private String fingerprint(String sha256, ExtractionState state) {
		return sha256 + "|" + this.extractorVersion + "|" + state.name();
	}

	private static List<String> keys(List<Map<String, Object>> rows) {
		List<String> keys = new ArrayList<>(rows.size());
		rows.forEach((row) -> keys.add((String) row.get("key")));
		return keys;
	}

	/** What the graph stores for one document, as rows comparable with {@link FactRows}. */
	private record StoredFacts(List<Map<String, Object>> mentions, List<Map<String, Object>> tasks,
			List<Map<String, Object>> responsibilities, List<Map<String, Object>> relations) {

		static final StoredFacts NONE = new StoredFacts(List.of(), List.of(), List.of(), List.of());

	}

	/** The statements of one document's transaction, each run with the document name bound to {@code $name}. */
	private record Statements(CypherRunner tx, String document) {

		Optional<String> storedFingerprint() {
			Optional<Transaction> inProcess = this.tx.inProcess();
			if (inProcess.isPresent()) {
				return NewDocumentWriter.storedFingerprint(inProcess.get(), this.document);
			}
			return this.tx.run(STORED_FINGERPRINT, Map.of("name", this.document))
				.stream()
				.map((r) -> r.get("fingerprint").asString(""))
				.findFirst();
		}

		StoredFacts storedFacts() {
			Record stored = this.tx.run(STORED_FACTS, Map.of("name", this.document)).get(0);
			return new StoredFacts(rows(stored, "mentions"), rows(stored, "tasks"), rows(stored, "responsibilities"),
					rows(stored, "relations"));
		}

		void run(String query) {
			this.tx.run(query, Map.of("name", this.document));
		}

		private static List<Map<String, Object>> rows(Record record, String key) {
			return record.get(key).asList((v) -> v.asMap());
		}

	}

}
