package org.coopgraph.graph;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.neo4j.driver.Record;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.TransientFailureException;

/**
 * Writes inside this JVM when the database is embedded, as the API's reads already do: no Bolt encoding of the
 * large parameter maps a document's facts make, no socket, no hand-off to Bolt's threads. A transaction that fails
 * transiently (a deadlock with a concurrent writer) is run again, as the driver's managed transactions do. Every
 * write passes the {@link CommitGate}, so that a backup can hold writes back while it reads.
 */
public final class EmbeddedWriteTransactions implements WriteTransactions {

	/** Tries of a transaction that failed transiently. */
	private static final int ATTEMPTS = 5;

	private final GraphDatabaseService database;

	private final CommitGate gate;

	public EmbeddedWriteTransactions(GraphDatabaseService database, CommitGate gate) {
		this.database = database;
		this.gate = gate;
	}

	@Override
	public <T> T write(boolean commit, Function<CypherRunner, T> work) {
		return this.gate.through(() -> writeRetrying(commit, work));
	}

	private <T> T writeRetrying(boolean commit, Function<CypherRunner, T> work) {
		for (int attempt = 1;; attempt++) {
			try (Transaction tx = this.database.beginTx()) {
				T result = work.apply(new InProcessRunner(tx));
				if (commit) {
					tx.commit();
				}
				return result;
			}
			catch (TransientFailureException ex) {
				// An outage or a timeout is not worth repeating.
				RuntimeException failure = Neo4jFailures.translate(ex);
				if (attempt == ATTEMPTS || failure instanceof GraphStoreException) {
					throw failure;
				}
			}
			catch (RuntimeException ex) {
				throw Neo4jFailures.translate(ex);
			}
		}
	}

	@Override
	public <T> T read(Function<CypherRunner, T> work) {
		try (Transaction tx = this.database.beginTx()) {
			return work.apply(new InProcessRunner(tx));
		}
		catch (RuntimeException ex) {
			throw Neo4jFailures.translate(ex);
		}
	}

	@Override
	public <T> T stream(String cypher, Map<String, Object> parameters, Function<Iterator<Record>, T> rows) {
		try (Transaction tx = this.database.beginTx(); Result result = tx.execute(cypher, parameters)) {
			List<String> columns = result.columns();
			return rows.apply(new Iterator<>() {

				@Override
				public boolean hasNext() {
					return result.hasNext();
				}

				@Override
				public Record next() {
					return EmbeddedRecords.of(columns, result.next());
				}

			});
		}
		catch (RuntimeException ex) {
			throw Neo4jFailures.translate(ex);
		}
	}

	/** Cypher and the core API on one embedded transaction. */
	private record InProcessRunner(Transaction tx) implements CypherRunner {

		@Override
		public List<Record> run(String cypher, Map<String, Object> parameters) {
			try (Result result = this.tx.execute(cypher, parameters)) {
				List<String> columns = result.columns();
				List<Record> rows = new ArrayList<>();
				while (result.hasNext()) {
					rows.add(EmbeddedRecords.of(columns, result.next()));
				}
				return rows;
			}
		}

		@Override
		public Optional<Transaction> inProcess() {
			return Optional.of(this.tx);
		}

	}

}
