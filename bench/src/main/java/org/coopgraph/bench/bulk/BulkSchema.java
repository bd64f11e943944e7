package org.coopgraph.bench.bulk;

import java.util.List;
import java.util.Map;

import org.coopgraph.graph.GraphSchema;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * The schema around a bulk load, over the application's driver: drops it before a load that builds it later, builds
 * it over loaded data and waits for every index to be online. Thread-safe as the driver is.
 */
final class BulkSchema {

	private static final String ANY_NODE = """
			MATCH (n) RETURN n LIMIT 1""";

	private static final String CONSTRAINTS = """
			SHOW CONSTRAINTS YIELD name""";

	// Constraint-backed indexes go with their constraints.
	private static final String INDEXES = """
			SHOW INDEXES YIELD name, type, owningConstraint
			WHERE owningConstraint IS NULL AND (type <> 'LOOKUP' OR $lookups)""";

	// The token lookup indexes every new database has; the schema script does not list them.
	private static final String LABEL_LOOKUP = """
			CREATE LOOKUP INDEX IF NOT EXISTS FOR (n) ON EACH labels(n)""";

	private static final String TYPE_LOOKUP = """
			CREATE LOOKUP INDEX IF NOT EXISTS FOR ()-[r]-() ON EACH type(r)""";

	private static final String AWAIT_INDEXES = """
			CALL db.awaitIndexes($seconds)""";

	private static final String KEY_CONSTRAINTS_ONLINE = """
			SHOW CONSTRAINTS YIELD name WHERE name IN ['entity_key', 'task_key', 'document_key'] RETURN count(*) AS n""";

	private static final String FAILED_INDEXES = """
			SHOW INDEXES YIELD name, state WHERE state = 'FAILED' RETURN name""";

	/** How long a bulk load waits for its indexes: a million-node full-text index takes minutes, not seconds. */
	private static final int INDEX_WAIT_SECONDS = 3_600;

	private final Driver driver;

	private final GraphSchema schema;

	BulkSchema(Driver driver, GraphSchema schema) {
		this.driver = driver;
		this.schema = schema;
	}

	boolean databaseIsEmpty() {
		try (Session session = this.driver.session()) {
			return session.run(ANY_NODE).list().isEmpty();
		}
	}

	/** Builds the schema over an empty database: every write then maintains every index. */
	void applyToEmpty() {
		this.schema.apply();
	}

	/**
	 * Builds the schema over the data already written and waits until every index is online, so that later writes
	 * neither compete with index population nor are charged for it.
	 */
	void buildOverData() {
		try (Session session = this.driver.session()) {
			session.run(LABEL_LOOKUP).consume();
			session.run(TYPE_LOOKUP).consume();
			try {
				this.schema.apply();
			}
			catch (Neo4jException ex) {
				// GraphSchema waits 60 s for new indexes, too short over a million nodes; the statements themselves
				// have run if the key constraints exist, and the wait goes on below.
				if (session.run(KEY_CONSTRAINTS_ONLINE).single().get("n").asInt() < 3) {
					throw ex;
				}
			}
			session.run(AWAIT_INDEXES, Map.of("seconds", INDEX_WAIT_SECONDS)).consume();
			List<String> failed = session.run(FAILED_INDEXES).list((r) -> r.get("name").asString());
			if (!failed.isEmpty()) {
				throw new IllegalStateException("Index population failed after the bulk load: " + failed);
			}
		}
	}

	/**
	 * Drops every constraint and index a previous start created, so that the data goes in unindexed.
	 * @param lookups whether the token lookup indexes go too; only when nothing needs them before
	 * {@link #buildOverData()} recreates them
	 */
	void drop(boolean lookups) {
		try (Session session = this.driver.session()) {
			for (String name : session.run(CONSTRAINTS).list((r) -> r.get("name").asString())) {
				session.run("DROP CONSTRAINT " + quoted(name)).consume();
			}
			for (String name : session.run(INDEXES, Map.of("lookups", lookups)).list((r) -> r.get("name").asString())) {
				session.run("DROP INDEX " + quoted(name)).consume();
			}
		}
	}

	/** Schema commands take no parameters; the names come from the database itself, quoted. */
	private static String quoted(String name) {
		return "`" + name.replace("`", "``") + "`";
	}

}
