package org.coopgraph.graph.backup;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.zip.GZIPOutputStream;

import org.coopgraph.graph.CommitGate;
import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.ResourceIterable;
import org.neo4j.graphdb.Transaction;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.storageengine.api.TransactionIdStore;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the whole embedded graph to a {@link BackupFormat backup}: every node with its labels and properties, every
 * relationship with its type and properties, and the schema, whatever the labels, types and keys are.
 * <p>
 * Consistency: the graph is read in one transaction while the {@link CommitGate} holds this application's writes
 * back. Neo4j's reads see what commits while they run, so the backup also checks that the store's last committed
 * transaction did not move while it read (a write over Bolt); if it did, it fails without its trailer, and the file
 * is refused as truncated. Thread-safe; backups run one at a time.
 */
public final class GraphBackup {

	private static final String CONSTRAINTS = """
			SHOW CONSTRAINTS YIELD name, createStatement""";

	/** Indexes that constraints own come back with their constraints; the token lookup indexes every store has. */
	private static final String INDEXES = """
			SHOW INDEXES YIELD name, type, owningConstraint, createStatement
			WHERE owningConstraint IS NULL AND type <> 'LOOKUP'
			RETURN name, createStatement""";

	/** How long a backup waits for transactions committed before it began to be applied. */
	private static final long SETTLE_NANOS = 10_000_000_000L;

	private final GraphDatabaseService database;

	private final CommitGate gate;

	/**
	 * @param database the embedded database; null when the graph is in an external Neo4j, which this cannot back up
	 */
	public GraphBackup(GraphDatabaseService database, CommitGate gate) {
		this.database = database;
		this.gate = gate;
	}

	/**
	 * Writes the backup to {@code out}, gzip-compressed, and finishes the compression without closing {@code out}.
	 * @throws IllegalStateException with an external database, or when something wrote to the graph over Bolt
	 * while it was read (the output then lacks its trailer)
	 * @throws UncheckedIOException when {@code out} cannot be written
	 */
	public BackupSummary write(OutputStream out) {
		if (this.database == null) {
			throw new IllegalStateException("coopgraph backs up its embedded database only; back up an external "
					+ "Neo4j with its own tools (neo4j-admin database dump)");
		}
		return this.gate.closed(() -> {
			try {
				GZIPOutputStream compressed = new GZIPOutputStream(out, 1 << 16);
				BufferedOutputStream buffered = new BufferedOutputStream(compressed, 1 << 16);
				BackupSummary summary = writeSnapshot(new BackupFormat.LineWriter(buffered));
				buffered.flush();
				compressed.finish();
				return summary;
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot write the backup: " + ex.getMessage(), ex);
			}
		});
	}

	private BackupSummary writeSnapshot(BackupFormat.LineWriter lines) throws IOException {
		ObjectNode header = BackupFormat.JSON.createObjectNode()
			.put("format", BackupFormat.FORMAT)
			.put("version", BackupFormat.VERSION)
			.put("createdAt", ZonedDateTime.now().truncatedTo(ChronoUnit.MILLIS).toString());
		ArrayNode schema = header.putArray("schema");
		for (String show : List.of(CONSTRAINTS, INDEXES)) {
			this.database.executeTransactionally(show, Map.of(), (result) -> {
				result.forEachRemaining((row) -> schema.addObject()
					.put("name", (String) row.get("name"))
					.put("statement", (String) row.get("createStatement")));
				return null;
			});
		}
		TransactionIdStore transactions = ((GraphDatabaseAPI) this.database).getDependencyResolver()
			.resolveDependency(TransactionIdStore.class);
		long before = settled(transactions);
		long nodes = 0;
		long relationships = 0;
		lines.line(header);
		try (Transaction tx = this.database.beginTx()) {
			try (ResourceIterable<Node> all = tx.getAllNodes()) {
				for (Node node : all) {
					lines.line(node(node));
					nodes++;
				}
			}
			try (ResourceIterable<Relationship> all = tx.getAllRelationships()) {
				for (Relationship relationship : all) {
					lines.line(relationship(relationship));
					relationships++;
				}
			}
		}
		if (transactions.getLastCommittedTransactionId() != before) {
			throw new IllegalStateException("The graph changed while the backup read it (a write that did not go "
					+ "through coopgraph, for example over Bolt); run the backup again");
		}
		return lines.end(nodes, relationships);
	}

	/** The last committed transaction, once every committed transaction has been applied to the store. */
	private static long settled(TransactionIdStore transactions) {
		long deadline = System.nanoTime() + SETTLE_NANOS;
		long committed = transactions.getLastCommittedTransactionId();
		while (transactions.getHighestGapFreeClosedTransactionId() < committed && System.nanoTime() < deadline) {
			LockSupport.parkNanos(10_000_000);
			committed = transactions.getLastCommittedTransactionId();
		}
		return committed;
	}

	@SuppressWarnings("deprecation") // the numeric id only links a relationship line to its node lines in the file
	private static ObjectNode node(Node node) {
		ObjectNode json = BackupFormat.JSON.createObjectNode().put("node", node.getId());
		ArrayNode labels = json.putArray("labels");
		for (Label label : node.getLabels()) {
			labels.add(label.name());
		}
		json.set("properties", properties(node));
		return json;
	}

	@SuppressWarnings("deprecation")
	private static ObjectNode relationship(Relationship relationship) {
		ObjectNode json = BackupFormat.JSON.createObjectNode()
			.put("relationship", relationship.getType().name())
			.put("from", relationship.getStartNodeId())
			.put("to", relationship.getEndNodeId());
		json.set("properties", properties(relationship));
		return json;
	}

	private static ObjectNode properties(Entity entity) {
		ObjectNode json = BackupFormat.JSON.createObjectNode();
		entity.getAllProperties().forEach((key, value) -> json.set(key, PropertyValues.encode(value)));
		return json;
	}

}
