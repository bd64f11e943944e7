package org.coopgraph.config;

import java.time.Duration;

import org.coopgraph.extract.DocumentExtractor;
import org.coopgraph.graph.GraphReads;
import org.coopgraph.ingest.read.DocumentReaders;
import org.neo4j.driver.Driver;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The plain-Java parts of the pipeline as beans: readers, the extractor (built once: it loads dictionaries). */
@Configuration(proxyBeanMethods = false)
class GraphConfiguration {

	@Bean
	GraphReads graphReads(Driver driver, CoopgraphProperties properties) {
		return new GraphReads(driver, Duration.ofSeconds(properties.api().timeoutSeconds()));
	}

	@Bean
	DocumentExtractor documentExtractor() {
		return new DocumentExtractor();
	}

	@Bean
	DocumentReaders documentReaders() {
		return new DocumentReaders();
	}

}
