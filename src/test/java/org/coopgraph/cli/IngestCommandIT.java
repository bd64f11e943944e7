package org.coopgraph.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.coopgraph.support.TestDatabaseInitializer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ingest, remove and export commands as a user runs them, in this JVM, each starting the application on its own
 * data folder and free ports.
 */
class IngestCommandIT {

	private static final String PLAN_A = """
			泰州市与镇江市结对帮扶合作工作计划
			一、产业合作
			1．召开两市结对帮扶合作推进会。（责任单位：市发改委，完成时间：6月底前）
			2．组织企业开展投资考察活动。（责任单位：市商务局，完成时间：9月底前）
			""";

	private static final String PLAN_B = """
			泰州市与镇江市结对帮扶合作补充计划
			一、社会事业
			1．推动两市教育系统结对交流。（责任单位：市教育局，完成时间：10月底前）
			""";

	private final Path dataDir = TestDatabaseInitializer.temporaryFolder("coopgraph-cli-");

	@Test
	void aDryRunReportsWhatTheRealRunThenDoesListsFailuresAndExitsWithPartial() throws Exception {
		Path folder = TestDatabaseInitializer.temporaryFolder("coopgraph-cli-docs-");
		Files.writeString(folder.resolve("plan-a.txt"), PLAN_A, StandardCharsets.UTF_8);
		Files.writeString(folder.resolve("plan-b.txt"), PLAN_B, StandardCharsets.UTF_8);
		Files.write(folder.resolve("broken.txt"), new byte[0]);

		CommandRun dryRun = run("ingest", folder.toString(), "--dry-run", "--progress=log");
		CommandRun real = run("ingest", folder.toString(), "--progress=log");
		CommandRun again = run("ingest", folder.toString(), "--progress=log");

		assertThat(dryRun.exit()).isEqualTo(ExitCodes.PARTIAL);
		assertThat(dryRun.out()).contains("Dry run: nothing was stored", "would be new plan-a.txt")
			.containsPattern("failed\\s+2 +0 +0 +1")
			.contains("Failed (1):", "  broken.txt");
		assertThat(real.exit()).isEqualTo(ExitCodes.PARTIAL);
		assertThat(real.out()).containsPattern("failed\\s+2 +0 +0 +1");
		// Truthful: the dry run counted exactly what the real run then added.
		assertThat(factRows(dryRun.out())).isEqualTo(factRows(real.out())).isNotEmpty();
		assertThat(again.out()).containsPattern("failed\\s+0 +0 +2 +1");
	}

	@Test
	void removeDropsTheDocumentAndSaysWhenOneIsNotThere() throws Exception {
		Path folder = TestDatabaseInitializer.temporaryFolder("coopgraph-cli-docs-");
		Files.writeString(folder.resolve("plan-a.txt"), PLAN_A, StandardCharsets.UTF_8);
		Files.writeString(folder.resolve("plan-b.txt"), PLAN_B, StandardCharsets.UTF_8);
		assertThat(run("ingest", folder.toString(), "--progress=none").exit()).isZero();

		CommandRun removed = run("remove", "plan-a.txt");
		CommandRun missing = run("remove", "nope.txt");
		Path out = TestDatabaseInitializer.temporaryFolder("coopgraph-cli-export-");
		CommandRun export = run("export", "--format", "jsonl", out.toString());

		assertThat(removed.exit()).isZero();
		assertThat(removed.out()).startsWith("removed   plan-a.txt");
		assertThat(missing.exit()).isEqualTo(ExitCodes.PARTIAL);
		assertThat(missing.out()).contains("not found nope.txt");
		assertThat(export.exit()).isZero();
		List<String> lines = Files.readAllLines(out.resolve("extractions.jsonl"));
		assertThat(lines).singleElement().asString().startsWith("{\"doc\":\"plan-b.txt\"");
	}

	/** The added / updated / removed rows of a summary. */
	private static List<String> factRows(String summary) {
		List<String> rows = new ArrayList<>();
		summary.lines()
			.filter((line) -> line.matches("\\s+(entities|relations|tasks)\\s+\\d+\\s+\\d+\\s+\\d+"))
			.forEach(rows::add);
		return rows;
	}

	private CommandRun run(String... args) {
		List<String> all = new ArrayList<>(List.of(args));
		all.add("--coopgraph.data-dir=" + this.dataDir);
		all.add("--coopgraph.neo4j.bolt-port=" + TestDatabaseInitializer.freePort());
		all.add("--coopgraph.neo4j.http-port=" + TestDatabaseInitializer.freePort());
		return CommandRun.of(all);
	}

}
