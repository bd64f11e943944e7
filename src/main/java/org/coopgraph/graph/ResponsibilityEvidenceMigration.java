package org.coopgraph.graph;

import java.util.HashMap;
import java.util.Map;

import org.neo4j.driver.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes {@code evidence}, {@code start} and {@code end} from the responsibilities of a data folder written before a
 * responsibility took its evidence and offsets from its task: they repeated the task's, and readers now read the
 * task's. Runs at every start and costs one probe when there is nothing to do.
 * <p>
 * Documents are migrated in batches, one transaction each, in descending key order, so that the first document (in
 * key order) with a responsibility is migrated last: while it still has evidence on a responsibility the migration
 * is not finished, which is what the probe asks. A start interrupted midway therefore finishes the work at the next
 * start, and a finished folder is never scanned again.
 */
final class ResponsibilityEvidenceMigration {

	private static final Logger log = LoggerFactory.getLogger(ResponsibilityEvidenceMigration.class);

	/** Documents per transaction: each brings its tasks' responsibilities, a few hundred for a long plan. */
	private static final int DOCUMENTS_PER_BATCH = 100;

	private static final String UNFINISHED = """
			MATCH (d:Document)
			WHERE EXISTS { (d)-[:CONTAINS]->(:Task)<-[:%1$s]-() }
			WITH d ORDER BY d.key LIMIT 1
			RETURN EXISTS {
			  MATCH (d)-[:CONTAINS]->(:Task)<-[r:%1$s]-()
			  WHERE r.evidence IS NOT NULL OR r.start IS NOT NULL OR r.end IS NOT NULL
			} AS unfinished""".formatted(FactTypes.TO_TASKS);

	private static final String BATCH = """
			MATCH (d:Document)
			WHERE $before IS NULL OR d.key < $before
			WITH d ORDER BY d.key DESC LIMIT $documents
			CALL (d) {
			  MATCH (d)-[:CONTAINS]->(:Task)<-[r:%1$s]-()
			  WHERE r.evidence IS NOT NULL OR r.start IS NOT NULL OR r.end IS NOT NULL
			  REMOVE r.evidence, r.start, r.end
			  RETURN count(r) AS changed
			}
			RETURN min(d.key) AS last, sum(changed) AS changed""".formatted(FactTypes.TO_TASKS);

	private final WriteTransactions transactions;

	ResponsibilityEvidenceMigration(WriteTransactions transactions) {
		this.transactions = transactions;
	}

	/** @return how many responsibilities lost their copy of the task's evidence */
	long apply() {
		boolean unfinished = this.transactions.read((run) -> run.run(UNFINISHED, Map.of()))
			.stream()
			.anyMatch((r) -> r.get("unfinished").asBoolean());
		if (!unfinished) {
			return 0;
		}
		long changed = 0;
		String before = null;
		while (true) {
			Map<String, Object> parameters = new HashMap<>();
			parameters.put("before", before);
			parameters.put("documents", DOCUMENTS_PER_BATCH);
			Record batch = this.transactions.write(true, (run) -> run.run(BATCH, parameters)).get(0);
			if (batch.get("last").isNull()) {
				break;
			}
			before = batch.get("last").asString();
			changed += batch.get("changed").asLong();
		}
		log.info("Removed the copies of their tasks' evidence from {} responsibilities", changed);
		return changed;
	}

}
