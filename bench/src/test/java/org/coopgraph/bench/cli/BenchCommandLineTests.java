package org.coopgraph.bench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

class BenchCommandLineTests {

	@Test
	void helpListsTheServiceCommandsAndTheBenchProjectsOwn() {
		StringWriter out = new StringWriter();
		int exit = BenchCommandLine.commandLine(new PrintWriter(out), new PrintWriter(new StringWriter()))
			.execute("--help");

		assertThat(exit).isZero();
		assertThat(out.toString()).contains("serve", "ingest", "generate", "bench")
			.doesNotContain("./coopgraph bench --help");
	}

	@Test
	void generateNeedsExactlyOneTarget() {
		StringWriter err = new StringWriter();
		int exit = BenchCommandLine.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err))
			.execute("generate", "--entities", "1000");

		assertThat(exit).isEqualTo(CommandLine.ExitCode.USAGE);
		assertThat(err.toString()).contains("--out", "--into-db");
	}

	@Test
	void generateWritesOneJsonLinesFilePerLabelAndType(@TempDir Path out) throws IOException {
		int exit = BenchCommandLine.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
			.execute("generate", "--entities", "1000", "--seed", "5", "--out", out.toString());

		assertThat(exit).isZero();
		assertThat(out.resolve("nodes-Entity-City.jsonl")).exists();
		assertThat(out.resolve("relationships-FUNDS.jsonl")).exists();
		assertThat(Files.readAllLines(out.resolve("nodes-Document.jsonl")).get(0)).contains("\"key\"", "plan");
	}

}
