package org.coopgraph.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.coopgraph.bench.bulk.LoadPath;
import org.coopgraph.bench.bulk.SchemaTiming;

/**
 * What {@code coopgraph bench} measures and where.
 *
 * @param sizes graph sizes in entities
 * @param repeats repeats of every measurement
 * @param seed generator seed
 * @param out folder for results, plot, logs and the databases
 * @param ports the benchmark's own loopback ports
 * @param loadRepeatsUpTo sizes above this are loaded once, not {@code repeats} times (a 1M load takes minutes)
 * @param loadPath how the graph is loaded: offline into a new database, or in transactions
 * @param batchSize transactional bulk path rows per transaction
 * @param writers transactional bulk path transactions in flight at once
 * @param schemaTiming when the transactional bulk path builds indexes
 * @param naiveFacts facts the naive writer writes per size
 * @param maxCalls most calls per query, repeat and system
 * @param concurrency client counts for the throughput runs
 * @param concurrencyDuration how long each throughput run lasts
 * @param neo4jGraphqlFolder where the {@code @neo4j/graphql} server lives
 * @param serverJvmOptions extra JVM options for the served application
 * @param texts documents for the extraction benchmark; none skips it
 * @param reuseData serve an already loaded data folder of a size instead of loading it again
 * @param ingestDocuments documents of the ingest benchmark; 0 leaves it out
 * @param ingestWorkers workers of that ingest
 * @param ingestCorpus real documents that ingest benchmark repeats; empty: generated work plans
 */
public record BenchSettings(List<Integer> sizes, int repeats, long seed, Path out, BenchPorts ports,
		int loadRepeatsUpTo, LoadPath loadPath, int batchSize, int writers, SchemaTiming schemaTiming, int naiveFacts,
		int maxCalls, List<Integer> concurrency, Duration concurrencyDuration, Path neo4jGraphqlFolder, List<String> serverJvmOptions,
		List<String> texts, boolean reuseData, int ingestDocuments, int ingestWorkers,
		Optional<Path> ingestCorpus) {

}
