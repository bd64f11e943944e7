package org.coopgraph.bench.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import org.coopgraph.support.EmptyDatabaseApplication;
import org.coopgraph.support.TestDatabaseInitializer;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code generate --into-db} writes a new embedded database offline, and loads in transactions into a folder that
 * already has one, which must then be empty.
 */
class GenerateCommandIT {

	@Test
	void importsANewDatabaseOfflineAndRefusesToLoadOverIt() {
		Path folder = TestDatabaseInitializer.temporaryFolder("coopgraph-generate-it-");

		Run first = generate(folder);

		assertThat(first.exit()).isZero();
		assertThat(first.out()).contains("imported offline", "1,000 entities");
		try (ConfigurableApplicationContext context = EmptyDatabaseApplication.start(folder, WebApplicationType.NONE,
				List.of()); Session session = context.getBean(Driver.class).session()) {
			// The generated places hang under province nodes, which are entities the count of 1,000 leaves out.
			assertThat(session.run("MATCH (e:Entity) WHERE NOT e:Province RETURN count(e) AS n").single().get("n").asLong())
				.isEqualTo(1_000);
		}

		Run second = generate(folder);

		assertThat(second.exit()).isNotZero();
		assertThat(second.out()).doesNotContain("imported offline");
		assertThat(second.err()).contains("empty database");
	}

	private static Run generate(Path folder) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int exit = BenchCommandLine.commandLine(new PrintWriter(out), new PrintWriter(err))
			.execute("generate", "--entities", "1000", "--seed", "2", "--into-db",
					"--coopgraph.data-dir=" + folder,
					"--coopgraph.neo4j.bolt-port=" + TestDatabaseInitializer.freePort(),
					"--coopgraph.neo4j.http-port=" + TestDatabaseInitializer.freePort());
		return new Run(exit, out.toString(), err.toString());
	}

	private record Run(int exit, String out, String err) {

	}

}
