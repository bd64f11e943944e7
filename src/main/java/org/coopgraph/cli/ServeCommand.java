package org.coopgraph.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.coopgraph.config.BoltCredentials;
import org.coopgraph.config.CoopgraphProperties;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;
import picocli.CommandLine.Model.CommandSpec;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * {@code coopgraph serve}: starts the database (embedded unless an external one is configured), ingests what is new
 * in the import folder and serves GraphQL until stopped.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
		description = { "Start the database and the GraphQL service; ingest what is new in the import folder.",
				"Settings are passed as --name=value, for example --server.port=9090 or",
				"--coopgraph.neo4j.uri=neo4j://db:7687 (see README)." })
class ServeCommand implements Callable<Integer> {

	@Option(names = "--exit-after-start", description = "Start, ingest, print the addresses, then stop (a check).")
	boolean exitAfterStart;

	@Option(names = "--watch", description = "Ingest files dropped into the import folder while serving.")
	boolean watch;

	@Unmatched
	List<String> settings = new ArrayList<>();

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		long started = System.nanoTime();
		ConfigurableApplicationContext context = SpringLauncher.start(WebApplicationType.SERVLET,
				Map.of("coopgraph.watch-import", this.watch),
				this.settings.toArray(String[]::new));
		printAddresses(context, (System.nanoTime() - started) / 1_000_000);
		if (this.exitAfterStart) {
			long stopping = System.nanoTime();
			context.close();
			this.spec.commandLine()
				.getOut()
				.printf("coopgraph stopped in %.1f s%n", (System.nanoTime() - stopping) / 1e9)
				.flush();
			return ExitCodes.OK;
		}
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

	private void printAddresses(ConfigurableApplicationContext context, long millis) {
		PrintWriter out = this.spec.commandLine().getOut();
		Environment environment = context.getEnvironment();
		String host = environment.getProperty("server.address", "127.0.0.1");
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		CoopgraphProperties.Neo4j neo4j = context.getBean(CoopgraphProperties.class).neo4j();
		out.printf("coopgraph started in %.1f s%n", millis / 1000.0);
		out.printf("  GraphQL        http://%s:%d/graphql%n", host, port);
		out.printf("  GraphiQL       http://%s:%d/graphiql%n", host, port);
		out.printf("  Explorer       http://%s:%d/%n", host, port);
		if (neo4j.embedded()) {
			BoltCredentials credentials = context.getBean(BoltCredentials.class);
			// The key lets the owner's web browser fetch the Bolt password; other local users do not see this output.
			out.printf("  Neo4j Browser  http://%s:%d/neo4j-browser#key=%s%n", host, port, credentials.browserKey());
			out.printf("  Bolt           bolt://%s:%d (user %s, password from %s)%n", neo4j.listenAddress(),
					neo4j.boltPort(), credentials.user(), credentials.source());
		}
		else {
			out.printf("  Neo4j          %s%n", neo4j.uri());
		}
		out.flush();
	}

}
