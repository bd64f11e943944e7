package org.coopgraph.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Transaction;

/**
 * Writes a document the graph does not hold yet through Neo4j's core API, inside the writer's embedded transaction:
 * the same nodes, relationships and properties as {@link GraphWriter}'s write statement gives a new document, without
 * Cypher's per-row interpretation. Measured, running that statement was two thirds of the writer's time while plans
 * were ingested, and the writer was the bottleneck of ingest. A new document only adds (nothing of it is stored to
 * compare, delete or prune); changed and removed documents keep the Cypher statement. Entities are looked up through
 * the {@code key} constraint index; those missing are created by one Cypher {@code MERGE} per document (one statement
 * per entity was a twentieth of the writer's time), which waits for a concurrent transaction creating the same
 * entity instead of failing on the constraint. One per transaction, which it remembers
 * the entities of: the documents of a batch mostly mention the same ones. Not thread-safe, as its transaction.
 */
final class NewDocumentWriter {

	// One map parameter, as GraphWriter's write statement takes: a list parameter's size is part of the plan cache key.
	private static final String MERGE_ENTITIES = """
			CYPHER replan=skip
			UNWIND $merge.entities AS entity
			MERGE (e:Entity {key: entity.key})
			  ON CREATE SET e:$(entity.label), e += entity.properties""";

	private static final Label DOCUMENT = Label.label("Document");

	private static final Label ENTITY = Label.label("Entity");

	private static final Label TASK = Label.label("Task");

	private static final RelationshipType MENTIONS = RelationshipType.withName("MENTIONS");

	private static final RelationshipType CONTAINS = RelationshipType.withName("CONTAINS");

	private static final RelationshipType IN_DIVISION = RelationshipType.withName("IN_DIVISION");

	private static final String[] NONE = new String[0];

	private final Transaction tx;

	private final CypherRunner cypher;

	/** Entities by key, looked up or created in this transaction. */
	private final Map<String, Node> entities = new HashMap<>();

	/** @param cypher the same transaction, for creating missing entities */
	NewDocumentWriter(Transaction tx, CypherRunner cypher) {
		this.tx = tx;
		this.cypher = cypher;
	}

	/**
	 * What {@code STORED_FINGERPRINT} of {@link GraphWriter} reads, by a lookup of the document's key: the stored
	 * content hash, extractor version and extraction state, or empty when no such document is stored.
	 */
	static Optional<String> storedFingerprint(Transaction tx, String name) {
		Node document = tx.findNode(DOCUMENT, "key", name);
		if (document == null) {
			return Optional.empty();
		}
		Object sha256 = document.getProperty("sha256", null);
		// As the statement does: a missing hash makes the whole fingerprint null, read as empty text.
		return Optional.of((sha256 == null) ? ""
				: sha256 + "|" + document.getProperty("extractor", "") + "|"
						+ document.getProperty("extraction", "COMPLETE"));
	}

	/**
	 * Stores document {@code name}, which the graph does not hold, with {@code properties} and all of {@code rows}.
	 * @param divisions the lineage rows of the places among the entities ({@link DivisionRows#lineage})
	 * @return the keys of the entities created, in the order of the rows
	 */
	List<String> write(String name, Map<String, Object> properties, FactRows rows,
			List<Map<String, Object>> divisions) {
		Node document = this.tx.createNode(DOCUMENT);
		document.setProperty("key", name);
		setAll(document, properties);
		List<String> created = createMissing(rows.entities(), NewDocumentWriter::mentionedEntity);
		for (Map<String, Object> row : rows.entities()) {
			Node entity = entity((String) row.get("key"));
			Relationship mention = document.createRelationshipTo(entity, MENTIONS);
			mention.setProperty("aliases", strings(row.get("aliases")));
			String[] candidates = strings(row.get("candidates"));
			if (candidates.length > 0) {
				mention.setProperty("candidates", candidates);
			}
			addCandidates(entity, candidates);
			addAliases(entity, strings(row.get("aliases")));
		}
		writeDivisions(divisions);
		Map<String, Node> tasks = new HashMap<>();
		for (Map<String, Object> row : rows.tasks()) {
			Node task = this.tx.createNode(TASK);
			task.setProperty("document", name);
			copy(row, task, FactKind.TASK.properties());
			document.createRelationshipTo(task, CONTAINS);
			tasks.put((String) row.get("key"), task);
		}
		for (Map<String, Object> row : rows.responsibilities()) {
			Node unit = entity((String) row.get("unit"));
			Node task = tasks.containsKey(row.get("task")) ? tasks.get(row.get("task"))
					: this.tx.findNode(TASK, "key", row.get("task"));
			if (unit != null && task != null) {
				fact(unit, task, name, row, FactKind.RESPONSIBILITY.properties());
			}
		}
		for (Map<String, Object> row : rows.relations()) {
			Node from = entity((String) row.get("from"));
			Node to = entity((String) row.get("to"));
			if (from != null && to != null) {
				fact(from, to, name, row, FactKind.RELATION.properties());
			}
		}
		return created;
	}

	/** Forgets the entities looked up so far: a Cypher statement of the transaction may have deleted some. */
	void forgetEntities() {
		this.entities.clear();
	}

	/** The divisions around the mentioned places, created as needed, each linked once to its parent. */
	private void writeDivisions(List<Map<String, Object>> divisions) {
		createMissing(divisions, NewDocumentWriter::unmentionedDivision);
		for (Map<String, Object> row : divisions) {
			String parentKey = (String) row.get("parent");
			if (parentKey == null) {
				continue;
			}
			Node division = entity((String) row.get("key"));
			Node parent = entity(parentKey);
			boolean linked = false;
			for (Relationship link : division.getRelationships(Direction.OUTGOING, IN_DIVISION)) {
				linked |= link.getEndNode().equals(parent);
			}
			if (!linked) {
				division.createRelationshipTo(parent, IN_DIVISION);
			}
		}
	}

	/** What the write statement sets on an entity a document mentions when it creates it. */
	private static Map<String, Object> mentionedEntity(Map<String, Object> row) {
		Map<String, Object> properties = new HashMap<>();
		properties.put("name", row.get("name"));
		properties.put("type", row.get("type"));
		properties.put("aliases", List.of());
		properties.put("code", row.get("code"));
		properties.put("level", row.get("level"));
		properties.put("province", row.get("province"));
		properties.put("candidates", row.get("candidates"));
		return properties;
	}

	/** What the write statement sets on an ancestor division it creates: no document mentions it. */
	private static Map<String, Object> unmentionedDivision(Map<String, Object> row) {
		Map<String, Object> properties = mentionedEntity(row);
		properties.put("searchAliases", "");
		properties.put("candidates", List.of());
		return properties;
	}

	/** The entity of {@code key}, or null when the graph has none. */
	private Node entity(String key) {
		Node entity = this.entities.get(key);
		if (entity == null) {
			entity = this.tx.findNode(ENTITY, "key", key);
			if (entity != null) {
				this.entities.put(key, entity);
			}
		}
		return entity;
	}

	/**
	 * Creates the entities of {@code rows} the graph lacks, each with the properties {@code created} gives its row,
	 * in one statement.
	 * @return the keys of those created, in the order of the rows
	 */
	private List<String> createMissing(List<Map<String, Object>> rows,
			Function<Map<String, Object>, Map<String, Object>> created) {
		List<String> keys = new ArrayList<>();
		List<Map<String, Object>> missing = new ArrayList<>();
		for (Map<String, Object> row : rows) {
			String key = (String) row.get("key");
			if (entity(key) == null) {
				keys.add(key);
				Map<String, Object> entity = new HashMap<>();
				entity.put("key", key);
				entity.put("label", row.get("label"));
				entity.put("properties", created.apply(row));
				missing.add(entity);
			}
		}
		if (!missing.isEmpty()) {
			this.cypher.run(MERGE_ENTITIES, Map.of("merge", Map.of("entities", missing)));
		}
		return keys;
	}

	/** Codes the entity may be that it did not list yet, appended. */
	private static void addCandidates(Node entity, String[] candidates) {
		String[] stored = strings(entity.getProperty("candidates", null));
		String[] fresh = Arrays.stream(candidates).filter((c) -> !Arrays.asList(stored).contains(c))
			.toArray(String[]::new);
		if (fresh.length > 0) {
			entity.setProperty("candidates", concat(stored, fresh));
		}
	}

	/** The document's aliases the entity lacks, appended, and the full-text field that searches them. */
	private static void addAliases(Node entity, String[] aliases) {
		String[] stored = strings(entity.getProperty("aliases", null));
		String[] fresh = Arrays.stream(aliases).filter((a) -> !Arrays.asList(stored).contains(a))
			.toArray(String[]::new);
		if (fresh.length == 0 && entity.hasProperty("searchAliases")) {
			return;
		}
		String[] all = concat(stored, fresh);
		entity.setProperty("aliases", all);
		StringBuilder search = new StringBuilder();
		for (String alias : all) {
			search.append(' ').append(alias);
		}
		entity.setProperty("searchAliases", search.toString());
	}

	/** A fact relationship of {@code row}'s type, with its document and the {@code fields} of the row. */
	private static void fact(Node from, Node to, String document, Map<String, Object> row, List<String> fields) {
		Relationship fact = from.createRelationshipTo(to, RelationshipType.withName((String) row.get("type")));
		fact.setProperty("document", document);
		copy(row, fact, fields);
	}

	/** The non-null {@code fields} of {@code row}, as a Cypher {@code CREATE} with those properties sets them. */
	private static void copy(Map<String, Object> row, Entity entity, List<String> fields) {
		for (String field : fields) {
			Object value = row.get(field);
			if (value != null) {
				entity.setProperty(field, stored(value));
			}
		}
	}

	/** Sets every non-null value, as a Cypher {@code CREATE} with a property map does. */
	private static void setAll(Entity entity, Map<String, Object> properties) {
		properties.forEach((key, value) -> {
			if (value != null) {
				entity.setProperty(key, stored(value));
			}
		});
	}

	/** The value as Cypher stores a parameter: integers as longs, lists (all of text here) as arrays. */
	private static Object stored(Object value) {
		return switch (value) {
			case Integer i -> i.longValue();
			case List<?> list -> strings(list);
			default -> value;
		};
	}

	/** A row's list, or a stored array (Cypher may store an empty list as an array of another type), as text. */
	private static String[] strings(Object values) {
		return switch (values) {
			case null -> NONE;
			case List<?> list -> list.toArray(String[]::new);
			case String[] array -> array;
			default -> NONE;
		};
	}

	private static String[] concat(String[] first, String[] second) {
		String[] all = Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, all, first.length, second.length);
		return all;
	}

}
