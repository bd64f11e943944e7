package org.coopgraph.config;

import java.time.Duration;

import org.coopgraph.extract.document.DocumentExtractor;
import org.coopgraph.graph.BoltGraphReads;
import org.coopgraph.graph.BoltWriteTransactions;
import org.coopgraph.graph.CommitGate;
import org.coopgraph.graph.DivisionTree;
import org.coopgraph.graph.EmbeddedGraphReads;
import org.coopgraph.graph.EmbeddedWriteTransactions;
import org.coopgraph.graph.GraphReads;
import org.coopgraph.graph.GraphWriter;
import org.coopgraph.graph.WriteTransactions;
import org.coopgraph.graph.backup.GraphBackup;
import org.coopgraph.ingest.read.DocumentReaders;
import org.neo4j.driver.Driver;
import org.neo4j.graphdb.GraphDatabaseService;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The plain-Java parts of the pipeline as beans: readers, the extractor (built once: it loads dictionaries). */
@Configuration(proxyBeanMethods = false)
class GraphConfiguration {

	/**
	 * Reads run inside the JVM when the database is embedded there, through the driver otherwise (or when asked to,
	 * unless the embedded database opens no Bolt port).
	 */
	@Bean
	GraphReads graphReads(Driver driver, ObjectProvider<GraphDatabaseService> embedded, CoopgraphProperties properties,
			@Value("${coopgraph.neo4j.connectors:true}") boolean connectors) {
		Duration timeout = Duration.ofSeconds(properties.api().timeoutSeconds());
		GraphDatabaseService database = embedded.getIfAvailable();
		if (database == null || (properties.neo4j().boltReads() && connectors)) {
			return new BoltGraphReads(driver, timeout);
		}
		return new EmbeddedGraphReads(database, timeout);
	}

	@Bean
	DocumentExtractor documentExtractor() {
		return new DocumentExtractor();
	}

	/**
	 * Transactions of the writer, the schema and the export: inside this JVM when the database is embedded (as the
	 * API reads it, and the only way when it opens no port), else over Bolt.
	 */
	@Bean
	WriteTransactions writeTransactions(Driver driver, ObjectProvider<GraphDatabaseService> embedded,
			CommitGate gate) {
		GraphDatabaseService database = embedded.getIfAvailable();
		return (database != null) ? new EmbeddedWriteTransactions(database, gate) : new BoltWriteTransactions(driver);
	}

	/** Closed by a backup of the embedded database while it reads, so that it reads a snapshot. */
	@Bean
	CommitGate commitGate() {
		return new CommitGate();
	}

	/** Backs up the embedded database; refuses with an external one. */
	@Bean
	GraphBackup graphBackup(ObjectProvider<GraphDatabaseService> embedded, CommitGate gate) {
		return new GraphBackup(embedded.getIfAvailable(), gate);
	}

	/** The division table as the graph keys places: shared with the extractor, loaded once. */
	@Bean
	DivisionTree divisionTree() {
		return DivisionTree.standard();
	}

	/** Stores what this extractor finds, marked with its version. */
	@Bean
	GraphWriter graphWriter(WriteTransactions transactions, DivisionTree divisions) {
		return new GraphWriter(transactions, DocumentExtractor.VERSION, divisions);
	}

	@Bean
	DocumentReaders documentReaders() {
		return new DocumentReaders();
	}

}
