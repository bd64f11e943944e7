package org.coopgraph.bench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.coopgraph.bench.generate.GraphFiles;
import org.coopgraph.bench.generate.GraphGenerator;
import org.coopgraph.bench.generate.SyntheticGraph;
import org.coopgraph.graph.GraphSchema;
import org.coopgraph.bench.bulk.BulkLoadReport;
import org.coopgraph.bench.bulk.BulkLoader;
import org.coopgraph.bench.bulk.BulkProgress;
import org.coopgraph.bench.bulk.LoadPath;
import org.coopgraph.bench.bulk.OfflineImport;
import org.coopgraph.bench.bulk.SchemaTiming;
import org.neo4j.driver.Driver;
import org.neo4j.graphdb.GraphDatabaseService;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;
import picocli.CommandLine.Model.CommandSpec;

import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code coopgraph generate --entities N --seed S (--out DIR | --into-db)}: generates a realistic cooperation graph
 * (the same one for the same seed) and writes it as JSON Lines or loads it into the configured database: offline
 * into a new embedded one, in batched transactions into an empty one that exists or is external.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
		description = { "Generate a realistic synthetic cooperation graph (deterministic for a seed).",
				"Writes JSON Lines (--out) or bulk-loads it into the empty configured database (--into-db);",
				"database settings are passed as --name=value, for example --coopgraph.data-dir=/tmp/big." })
class GenerateCommand implements Callable<Integer> {

	@Option(names = "--entities", required = true, paramLabel = "N", description = "Number of entities (>= 1000).")
	int entities;

	@Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default ${DEFAULT-VALUE}).")
	long seed;

	@ArgGroup(exclusive = true, multiplicity = "1")
	Target target;

	@Option(names = "--load-path", defaultValue = "OFFLINE", paramLabel = "PATH",
			description = "${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}): OFFLINE writes a new embedded database "
					+ "with Neo4j's batch importer before it starts, and loads in transactions when the data folder "
					+ "already has one or the database is external; TRANSACTIONAL always loads in transactions.")
	LoadPath loadPath;

	@Option(names = "--batch-size", paramLabel = "ROWS",
			description = "Rows per transaction of the bulk path (default " + BulkLoader.IN_PROCESS_BATCH_SIZE
					+ " into the embedded database, " + BulkLoader.BOLT_BATCH_SIZE + " over Bolt).")
	Integer batchSize;

	@Option(names = "--writers", defaultValue = "" + BulkLoader.DEFAULT_WRITERS, paramLabel = "N",
			description = "Transactions of the bulk path in flight at once (default ${DEFAULT-VALUE}).")
	int writers;

	@Option(names = "--schema", paramLabel = "WHEN",
			description = "When indexes are built: ${COMPLETION-CANDIDATES} (default AFTER_DATA into the embedded "
					+ "database, BEFORE over Bolt, which cannot build them after the data).")
	SchemaTiming schema;

	@Unmatched
	List<String> settings = new ArrayList<>();

	@Spec
	CommandSpec spec;

	/** Where the graph goes: files or the database. */
	static class Target {

		@Option(names = "--out", paramLabel = "DIR", description = "Write JSON Lines files into DIR.")
		Path out;

		@Option(names = "--into-db", description = "Bulk-load into the configured (empty) database.")
		boolean intoDb;

	}

	@Override
	public Integer call() throws IOException {
		PrintWriter out = this.spec.commandLine().getOut();
		long start = System.nanoTime();
		SyntheticGraph graph = GraphGenerator.generate(this.entities, this.seed);
		out.printf("generated %,d entities, %,d tasks, %,d documents, %,d nodes and %,d relationships in %.1f s%n",
				graph.entityCount(), graph.taskCount(), graph.documentCount(), graph.nodeCount(),
				graph.relationshipCount(), (System.nanoTime() - start) / 1e9);
		if (this.target.out != null) {
			long lines = GraphFiles.write(graph, this.target.out);
			out.printf("wrote %,d rows to %s%n", lines, this.target.out);
			return CommandLine.ExitCode.OK;
		}
		BulkProgress progress = (group, count) -> out.printf("  %-22s %,12d%n", group, count);
		OfflineImport offline = new OfflineImport(graph, progress);
		Optional<OfflineImport> beforeStoreOpens = (this.loadPath == LoadPath.OFFLINE) ? Optional.of(offline)
				: Optional.empty();
		try (ConfigurableApplicationContext context = ServiceContext.open(beforeStoreOpens, this.settings)) {
			BulkLoadReport report;
			if (offline.imported()) {
				out.println("imported offline; building indexes");
				report = offline.finish(context.getBean(Driver.class), context.getBean(GraphSchema.class));
			}
			else {
				BulkLoader loader = loader(context);
				report = loader.load(graph, (this.schema != null) ? this.schema : loader.preferredTiming(), progress);
			}
			out.printf("loaded %,d nodes in %.1f s (%,.0f/s), indexes in %.1f s, %,d relationships in %.1f s (%,.0f/s)%n",
					report.nodes(), report.nodeTime().toMillis() / 1e3, report.nodesPerSecond(),
					report.indexTime().toMillis() / 1e3, report.relationships(),
					report.relationshipTime().toMillis() / 1e3, report.relationshipsPerSecond());
		}
		return CommandLine.ExitCode.OK;
	}

	/** In-process when the application runs the database embedded, over Bolt when it is external. */
	private BulkLoader loader(ApplicationContext context) {
		Driver driver = context.getBean(Driver.class);
		GraphSchema schema = context.getBean(GraphSchema.class);
		// The bean exists only when EmbeddedNeo4jConfiguration runs the database in this JVM.
		GraphDatabaseService embedded = context.getBeanProvider(GraphDatabaseService.class).getIfAvailable();
		if (embedded != null) {
			return BulkLoader.inProcess(embedded, driver, schema,
					(this.batchSize != null) ? this.batchSize : BulkLoader.IN_PROCESS_BATCH_SIZE, this.writers);
		}
		return BulkLoader.overBolt(driver, schema,
				(this.batchSize != null) ? this.batchSize : BulkLoader.BOLT_BATCH_SIZE, this.writers);
	}

}
