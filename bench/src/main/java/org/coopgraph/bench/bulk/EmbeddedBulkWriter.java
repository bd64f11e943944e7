package org.coopgraph.bench.bulk;

import java.util.Map;

import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.TransientFailureException;
import org.neo4j.graphdb.Transaction;

/**
 * Writes in-process through the embedded Java API: the bulk path when the database runs inside this JVM. Nodes are
 * created with their labels and properties, and each node's id is remembered by key, so that relationships join
 * nodes fetched by id with no index seek, no Cypher planning and no Bolt serialisation. Commits every
 * {@code batchSize} rows; batches of one group run on {@code writers} threads, the groups in order.
 */
final class EmbeddedBulkWriter implements BulkWriter {

	/** Attempts per batch: concurrent batches that share endpoints can deadlock, and the loser is retried. */
	private static final int ATTEMPTS = 5;

	private final GraphDatabaseService database;

	private final int batchSize;

	private final int writers;

	private final NodeIdTables ids;

	/**
	 * @param graph the graph about to be written, whose node counts size the id tables
	 * @param batchSize rows (nodes or relationships) per transaction
	 * @param writers transactions in flight at once
	 */
	EmbeddedBulkWriter(GraphDatabaseService database, BulkGraph graph, int batchSize, int writers) {
		this.database = database;
		this.batchSize = batchSize;
		this.writers = writers;
		this.ids = new NodeIdTables(graph.nodeGroups());
	}

	@Override
	public boolean findsEndpointsByIndex() {
		return false;
	}

	@Override
	@SuppressWarnings("removal")
	public int writeNodes(NodeGroup group) {
		Label[] labels = group.labels().stream().map(Label::label).toArray(Label[]::new);
		NodeIds keys = this.ids.of(group);
		return ParallelBatches.run(group.size(), this.batchSize, this.writers, (first, end) -> {
			String[] batchKeys = new String[end - first];
			long[] batchIds = new long[end - first];
			inTransaction(() -> {
				try (Transaction tx = this.database.beginTx()) {
					for (int i = first; i < end; i++) {
						Map<String, Object> row = group.row().apply(i);
						Node node = tx.createNode(labels);
						StoredValues.setAll(node, row);
						batchKeys[i - first] = (String) row.get("key");
						// Internal ids are stable while nothing is deleted, as during the load; they never leave it.
						batchIds[i - first] = node.getId();
					}
					tx.commit();
				}
			});
			// Recorded only once committed, so that a retried batch leaves no ids of nodes that were rolled back.
			synchronized (keys) {
				for (int i = 0; i < batchKeys.length; i++) {
					keys.put(batchKeys[i], batchIds[i]);
				}
			}
		});
	}

	@Override
	@SuppressWarnings({ "removal", "unchecked" })
	public int writeRelationships(RelationshipGroup group) {
		RelationshipType type = RelationshipType.withName(group.type());
		NodeIds from = this.ids.of(group.from());
		NodeIds to = this.ids.of(group.to());
		// Every node group is written (and its ids recorded) before the first relationship, so reads need no lock.
		return ParallelBatches.run(group.size(), this.batchSize, this.writers, (first, end) -> inTransaction(() -> {
			try (Transaction tx = this.database.beginTx()) {
				for (int i = first; i < end; i++) {
					Map<String, Object> row = group.row().apply(i);
					Node start = tx.getNodeById(from.get((String) row.get("from")));
					Node stop = tx.getNodeById(to.get((String) row.get("to")));
					StoredValues.setAll(start.createRelationshipTo(stop, type), (Map<String, Object>) row.get("props"));
				}
				tx.commit();
			}
		}));
	}

	/** Runs one batch's transaction, again when it fails transiently (a deadlock with another writer). */
	private static void inTransaction(Runnable transaction) {
		for (int attempt = 1;; attempt++) {
			try {
				transaction.run();
				return;
			}
			catch (TransientFailureException ex) {
				if (attempt == ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

}
