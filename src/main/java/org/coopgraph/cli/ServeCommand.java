package org.coopgraph.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code coopgraph serve}: starts the database (embedded unless an external one is configured), ingests what is new
 * in the import folder and serves GraphQL until stopped.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
		description = { "Start the database and the GraphQL service; ingest what is new in the import folder.",
				"Settings are passed as --name=value, for example --server.port=9090 or",
				"--coopgraph.neo4j.uri=neo4j://db:7687 (see README)." })
class ServeCommand implements Callable<Integer> {

	@Unmatched
	List<String> settings = new ArrayList<>();

	@Override
	public Integer call() {
		ConfigurableApplicationContext context = SpringLauncher.start(WebApplicationType.SERVLET, Map.of(),
				this.settings.toArray(String[]::new));
		// Spring's own shutdown hook closes the context on SIGTERM/Ctrl-C; this thread only waits for that.
		try {
			while (context.isActive()) {
				Thread.sleep(1_000);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return ExitCodes.OK;
	}

}
