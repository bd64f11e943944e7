package org.coopgraph.config;

import java.time.Duration;

import org.coopgraph.extract.document.DocumentExtractor;
import org.coopgraph.graph.BoltGraphReads;
import org.coopgraph.graph.BoltWriteTransactions;
import org.coopgraph.graph.EmbeddedGraphReads;
import org.coopgraph.graph.EmbeddedWriteTransactions;
import org.coopgraph.graph.GraphReads;
import org.coopgraph.graph.GraphWriter;
import org.coopgraph.graph.WriteTransactions;
import org.coopgraph.ingest.read.DocumentReaders;
import org.neo4j.driver.Driver;
import org.neo4j.graphdb.GraphDatabaseService;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The plain-Java parts of the pipeline as beans: readers, the extractor (built once: it loads dictionaries). */
@Configuration(proxyBeanMethods = false)
class GraphConfiguration {

	/** Reads run inside the JVM when the database is embedded there, through the driver otherwise. */
	@Bean
	GraphReads graphReads(Driver driver, ObjectProvider<GraphDatabaseService> embedded, CoopgraphProperties properties) {
		Duration timeout = Duration.ofSeconds(properties.api().timeoutSeconds());
		GraphDatabaseService database = embedded.getIfAvailable();
		if (database == null || properties.neo4j().boltReads()) {
			return new BoltGraphReads(driver, timeout);
		}
		return new EmbeddedGraphReads(database, timeout);
	}

	@Bean
	DocumentExtractor documentExtractor() {
		return new DocumentExtractor();
	}

	/**
	 * Stores what this extractor finds, marked with its version: inside this JVM when the database is embedded (as
	 * the API reads it), else over Bolt.
	 */
	@Bean
	GraphWriter graphWriter(Driver driver, ObjectProvider<GraphDatabaseService> embedded) {
		GraphDatabaseService database = embedded.getIfAvailable();
		WriteTransactions transactions = (database != null) ? new EmbeddedWriteTransactions(database)
				: new BoltWriteTransactions(driver);
		return new GraphWriter(transactions, DocumentExtractor.VERSION);
	}

	@Bean
	DocumentReaders documentReaders() {
		return new DocumentReaders();
	}

}
