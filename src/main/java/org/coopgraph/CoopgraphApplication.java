package org.coopgraph;

import org.coopgraph.cli.CoopgraphCommand;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * coopgraph: reads Chinese cooperation documents into a Neo4j graph and serves it over GraphQL. The command line
 * decides what runs; only {@code serve} and {@code ingest} start Spring.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CoopgraphApplication {

	public static void main(String[] args) {
		System.exit(CoopgraphCommand.execute(args));
	}

}
