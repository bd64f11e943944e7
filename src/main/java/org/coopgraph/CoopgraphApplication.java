package org.coopgraph;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * coopgraph's Spring application: scans every package below this one. The command line
 * ({@code cli.CoopgraphCommand}, the jar's main class) decides what runs and starts this application only for the
 * commands that need Spring. This package depends on no other of coopgraph's, so that {@code cli} can start it
 * without a cycle.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CoopgraphApplication {

}
