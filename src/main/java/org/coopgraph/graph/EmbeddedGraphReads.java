package org.coopgraph.graph;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.neo4j.driver.Record;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.TransientFailureException;
import org.neo4j.internal.kernel.api.connectioninfo.ClientConnectionInfo;
import org.neo4j.internal.kernel.api.security.LoginContext;
import org.neo4j.internal.kernel.api.security.SecurityContext;
import org.neo4j.internal.kernel.api.security.StaticAccessMode;
import org.neo4j.kernel.api.KernelTransaction;
import org.neo4j.kernel.impl.coreapi.InternalTransaction;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Reads inside this JVM when the database is embedded: no Bolt encoding, no socket, no extra thread hand-off, which
 * is most of a small query's cost. The kernel's own transaction API is used because the public one can neither
 * make a transaction read-only nor give it a timeout the database enforces.
 */
public final class EmbeddedGraphReads extends GraphReads {

	private static final LoginContext READ_ONLY = SecurityContext.AUTH_DISABLED.withMode(StaticAccessMode.READ);

	private final GraphDatabaseAPI database;

	private final long timeoutMillis;

	public EmbeddedGraphReads(GraphDatabaseService database, Duration timeout) {
		this.database = (GraphDatabaseAPI) database;
		this.timeoutMillis = timeout.toMillis();
	}

	/** Tries of a read that a concurrent write made stale, before its failure reaches the client. */
	private static final int ATTEMPTS = 3;

	@Override
	<T> List<T> run(String cypher, Map<String, Object> parameters, Function<Record, T> mapper) {
		for (int attempt = 1;; attempt++) {
			try {
				return runOnce(cypher, parameters, mapper);
			}
			catch (TransientFailureException ex) {
				// A read is safe to repeat; "read outdated data" happens when a write lands mid-read. A timeout or an
				// outage is not worth repeating.
				RuntimeException failure = Neo4jFailures.translate(ex);
				if (attempt == ATTEMPTS || failure instanceof GraphStoreException) {
					throw failure;
				}
			}
		}
	}

	private <T> List<T> runOnce(String cypher, Map<String, Object> parameters, Function<Record, T> mapper) {
		try (InternalTransaction tx = this.database.beginTransaction(KernelTransaction.Type.EXPLICIT, READ_ONLY,
				ClientConnectionInfo.EMBEDDED_CONNECTION, this.timeoutMillis, TimeUnit.MILLISECONDS);
				Result result = tx.execute(cypher, parameters)) {
			List<String> columns = result.columns();
			List<T> rows = new ArrayList<>();
			while (result.hasNext()) {
				rows.add(mapper.apply(EmbeddedRecords.of(columns, result.next())));
			}
			return rows;
		}
	}

}
