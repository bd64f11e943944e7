package org.coopgraph.graph.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Transaction;
import tools.jackson.databind.JsonNode;

/**
 * Loads a {@link BackupFormat backup} into an empty embedded database: the schema first (each constraint and index
 * of the backup that the database lacks), then the nodes and relationships, in transactions of
 * {@value #BATCH} lines. Check the file with {@link #verify} first: a load that fails half-way leaves a partial graph,
 * so it belongs in a store that can be thrown away. Not thread-safe.
 */
public final class GraphRestore {

	static final int BATCH = 10_000;

	private static final String NODE_COUNT = """
			MATCH (n) RETURN count(n) AS nodes""";

	/** The name a {@code createStatement} gives its constraint or index, where IF NOT EXISTS goes. */
	private static final Pattern NAMED = Pattern.compile("^(CREATE\\b[^`]*?\\b(?:INDEX|CONSTRAINT)\\s+`(?:[^`]|``)+`)");

	private static final String AWAIT_INDEXES = """
			CALL db.awaitIndexes(600)""";

	private final GraphDatabaseService database;

	public GraphRestore(GraphDatabaseService database) {
		this.database = database;
	}

	/**
	 * Reads the whole file and checks its header, format version, counts and checksum, changing nothing.
	 * @throws InvalidBackupException naming the file and what is wrong with it
	 */
	public static BackupSummary verify(Path file) {
		try (BackupFormat.LineReader reader = new BackupFormat.LineReader(file)) {
			while (reader.next() != null) {
				// Every line is read: the checksum covers them all.
			}
			return reader.summary();
		}
		catch (IOException ex) {
			throw new InvalidBackupException("Cannot read the backup " + file + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * Loads the backup.
	 * @throws IllegalStateException when the database already holds nodes
	 * @throws InvalidBackupException when the file turns out damaged; what was loaded so far stays
	 */
	public BackupSummary restore(Path file) {
		long existing = this.database.executeTransactionally(NODE_COUNT, Map.of(),
				(result) -> (Long) result.next().get("nodes"));
		if (existing > 0) {
			throw new IllegalStateException("The database to restore into already holds " + existing + " nodes");
		}
		try (BackupFormat.LineReader reader = new BackupFormat.LineReader(file)) {
			applySchema(reader.header().path("schema"));
			load(reader);
			this.database.executeTransactionally(AWAIT_INDEXES);
			return reader.summary();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the backup " + file + ": " + ex.getMessage(), ex);
		}
	}

	/** Creates each constraint and index of the backup that the database lacks (it has this coopgraph's schema). */
	private void applySchema(JsonNode schema) {
		for (JsonNode item : schema) {
			String statement = item.path("statement").asString();
			Matcher named = NAMED.matcher(statement);
			if (!named.find()) {
				throw new InvalidBackupException("a schema statement of the backup names nothing: " + statement);
			}
			this.database.executeTransactionally(named.replaceFirst("$1 IF NOT EXISTS"));
		}
	}

	@SuppressWarnings("deprecation") // numeric ids link the relationships to the nodes created a batch earlier
	private void load(BackupFormat.LineReader reader) throws IOException {
		NodeIds ids = new NodeIds();
		Transaction tx = this.database.beginTx();
		try {
			int inBatch = 0;
			for (JsonNode line = reader.next(); line != null; line = reader.next()) {
				if (line.has("node")) {
					Node node = tx.createNode(labels(line.path("labels")));
					setProperties(node, line.path("properties"));
					ids.add(line.get("node").longValue(), node.getId());
				}
				else {
					Node from = tx.getNodeById(ids.get(line.path("from").longValue()));
					Node to = tx.getNodeById(ids.get(line.path("to").longValue()));
					setProperties(from.createRelationshipTo(to,
							RelationshipType.withName(line.get("relationship").stringValue())),
							line.path("properties"));
				}
				if (++inBatch == BATCH) {
					tx.commit();
					tx.close();
					tx = this.database.beginTx();
					inBatch = 0;
				}
			}
			tx.commit();
		}
		finally {
			tx.close();
		}
	}

	private static Label[] labels(JsonNode labels) {
		Label[] all = new Label[labels.size()];
		for (int i = 0; i < all.length; i++) {
			all[i] = Label.label(labels.get(i).stringValue());
		}
		return all;
	}

	private static void setProperties(Entity entity, JsonNode properties) {
		for (Map.Entry<String, JsonNode> property : properties.properties()) {
			entity.setProperty(property.getKey(), PropertyValues.decode(property.getValue()));
		}
	}

}
