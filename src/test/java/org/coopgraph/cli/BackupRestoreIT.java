package org.coopgraph.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.coopgraph.support.GraphQlClient;
import org.coopgraph.support.GraphSnapshot;
import org.coopgraph.support.TestDatabaseInitializer;
import org.junit.jupiter.api.Test;
import org.neo4j.graphdb.GraphDatabaseService;

import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code backup} and {@code restore} as a user runs them: a backup taken from a running server (over HTTP, with the
 * token of its {@code server.json}) or offline restores to exactly the same graph, schema and GraphQL answers; a
 * damaged backup, a folder that holds data and a folder a server uses are refused, and nothing changes.
 */
class BackupRestoreIT {

	private static final String ANSWER = """
			{ documents { name title sha256 format chars ingestedAt extraction }
			  stats { labels { name count } relationships { name count } }
			  entity(name: "无锡") { name type aliases } }""";

	private static final String PLAN = """
			泰州市与镇江市结对帮扶合作工作计划
			一、产业合作
			1．召开两市结对帮扶合作推进会。（责任单位：市发改委，完成时间：6月底前）
			2．组织企业开展投资考察活动。（责任单位：市商务局，完成时间：9月底前）
			""";

	private final Path files = TestDatabaseInitializer.temporaryFolder("coopgraph-backup-files-");

	@Test
	void aBackupTakenWhileServingRestoresTheSameGraphSchemaAndAnswersAndSoDoesAnOfflineOne() throws Exception {
		Path served = TestDatabaseInitializer.temporaryFolder("coopgraph-backup-served-");
		Path fromServer = this.files.resolve("from-server.backup");
		List<String> graph;
		Set<String> schema;
		String answer;
		int port = TestDatabaseInitializer.freePort();
		try (ConfigurableApplicationContext server = serve(served, port, "--coopgraph.import-dir=import")) {
			GraphDatabaseService database = server.getBean(GraphDatabaseService.class);
			graph = GraphSnapshot.of(database);
			schema = schemaNames(database);
			answer = new GraphQlClient(port).query(ANSWER).toString();

			CommandRun backup = CommandRun
				.of(List.of("backup", fromServer.toString(), "--coopgraph.data-dir=" + served));
			CommandRun restoreWhileServing = CommandRun
				.of(List.of("restore", fromServer.toString(), "--replace", "--coopgraph.data-dir=" + served));

			assertThat(backup.exit()).as(backup.err()).isZero();
			assertThat(backup.out()).contains("Taking the backup from the server at http://127.0.0.1:" + port)
				.containsPattern("Backed up [\\d,]+ nodes and [\\d,]+ relationships to " + fromServer);
			assertThat(restoreWhileServing.exit()).isEqualTo(ExitCodes.REFUSED);
			assertThat(restoreWhileServing.err()).contains("serves " + served, "stop it");
		}
		assertThat(graph).anyMatch((line) -> line.contains("ingestedAt=ZonedDateTime:"))
			.anyMatch((line) -> line.contains("aliases=String[]:"));

		Path restored = TestDatabaseInitializer.temporaryFolder("coopgraph-backup-restored-");
		CommandRun restore = CommandRun
			.of(List.of("restore", fromServer.toString(), "--coopgraph.data-dir=" + restored));
		assertThat(restore.exit()).as(restore.err()).isZero();
		int restoredPort = TestDatabaseInitializer.freePort();
		try (ConfigurableApplicationContext server = serve(restored, restoredPort,
				"--coopgraph.ingest-on-startup=false")) {
			GraphDatabaseService database = server.getBean(GraphDatabaseService.class);
			assertThat(GraphSnapshot.of(database)).isEqualTo(graph);
			assertThat(schemaNames(database)).isEqualTo(schema);
			assertThat(new GraphQlClient(restoredPort).query(ANSWER).toString()).isEqualTo(answer);
		}

		Path offline = this.files.resolve("offline.backup");
		CommandRun offlineBackup = CommandRun
			.of(List.of("backup", offline.toString(), "--coopgraph.data-dir=" + restored));
		Path again = TestDatabaseInitializer.temporaryFolder("coopgraph-backup-again-");
		CommandRun offlineRestore = CommandRun
			.of(List.of("restore", offline.toString(), "--coopgraph.data-dir=" + again));
		assertThat(offlineBackup.exit()).as(offlineBackup.err()).isZero();
		assertThat(offlineBackup.out()).doesNotContain("server at");
		assertThat(offlineRestore.exit()).as(offlineRestore.err()).isZero();
		try (ConfigurableApplicationContext database = SpringLauncher.openDatabase(
				List.of("--coopgraph.data-dir=" + again))) {
			assertThat(GraphSnapshot.of(database.getBean(GraphDatabaseService.class))).isEqualTo(graph);
		}
	}

	@Test
	void damagedBackupsAndFoldersThatHoldDataAreRefusedAndNothingChanges() throws Exception {
		Path data = TestDatabaseInitializer.temporaryFolder("coopgraph-backup-data-");
		Path documents = TestDatabaseInitializer.temporaryFolder("coopgraph-backup-docs-");
		Files.writeString(documents.resolve("plan.txt"), PLAN, StandardCharsets.UTF_8);
		assertThat(CommandRun.of(List.of("ingest", documents.toString(), "--progress=none",
				"--coopgraph.data-dir=" + data)).exit()).isZero();
		Path good = this.files.resolve("good.backup");
		assertThat(CommandRun.of(List.of("backup", good.toString(), "--coopgraph.data-dir=" + data)).exit()).isZero();
		byte[] bytes = Files.readAllBytes(good);

		Path truncated = write("truncated.backup", Arrays.copyOf(bytes, bytes.length / 2));
		Path altered = write("altered.backup", gzip(gunzip(bytes).replace("镇江", "扬州")));
		Path notABackup = write("plan.backup", PLAN.getBytes(StandardCharsets.UTF_8));
		Path empty = TestDatabaseInitializer.temporaryFolder("coopgraph-backup-empty-");
		for (Path damaged : List.of(truncated, altered, notABackup)) {
			CommandRun restore = CommandRun.of(List.of("restore", damaged.toString(), "--coopgraph.data-dir=" + empty));
			assertThat(restore.exit()).as(restore.err()).isEqualTo(ExitCodes.INVALID_BACKUP);
			assertThat(restore.err()).contains(damaged.toString(), "nothing was restored");
			assertThat(contents(empty)).isEmpty();
		}
		assertThat(CommandRun.of(List.of("restore", truncated.toString(), "--coopgraph.data-dir=" + empty)).err())
			.contains("is truncated");
		assertThat(CommandRun.of(List.of("restore", altered.toString(), "--coopgraph.data-dir=" + empty)).err())
			.contains("was altered");

		List<String> before = contents(data);
		CommandRun intoData = CommandRun.of(List.of("restore", good.toString(), "--coopgraph.data-dir=" + data));
		assertThat(intoData.exit()).isEqualTo(ExitCodes.REFUSED);
		assertThat(intoData.err()).contains(data + " is not empty", "--replace");
		assertThat(contents(data)).isEqualTo(before);

		CommandRun replace = CommandRun
			.of(List.of("restore", good.toString(), "--replace", "--coopgraph.data-dir=" + data));
		assertThat(replace.exit()).as(replace.err()).isZero();
		assertThat(data.resolveSibling(data.getFileName() + ".replaced")).doesNotExist();
		try (ConfigurableApplicationContext database = SpringLauncher.openDatabase(
				List.of("--coopgraph.data-dir=" + data))) {
			assertThat(GraphSnapshot.of(database.getBean(GraphDatabaseService.class)))
				.anyMatch((line) -> line.contains("name=String:plan.txt"));
		}
	}

	private static ConfigurableApplicationContext serve(Path dataDir, int port, String setting) {
		return SpringLauncher.start(WebApplicationType.SERVLET, Map.of(), "--coopgraph.data-dir=" + dataDir,
				"--server.port=" + port, "--coopgraph.neo4j.bolt-port=" + TestDatabaseInitializer.freePort(),
				"--coopgraph.neo4j.http-port=" + TestDatabaseInitializer.freePort(), setting);
	}

	private static Set<String> schemaNames(GraphDatabaseService database) {
		Set<String> names = new TreeSet<>();
		for (String show : List.of("SHOW CONSTRAINTS YIELD name", "SHOW INDEXES YIELD name")) {
			database.executeTransactionally(show, Map.of(), (result) -> {
				result.forEachRemaining((row) -> names.add((String) row.get("name")));
				return null;
			});
		}
		return names;
	}

	/** Every file under {@code folder} with its size and modification time. */
	private static List<String> contents(Path folder) throws IOException {
		List<String> entries = new ArrayList<>();
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.filter(Files::isRegularFile).sorted().toList()) {
				entries.add(path + " " + Files.size(path) + " " + Files.getLastModifiedTime(path));
			}
		}
		return entries;
	}

	private Path write(String name, byte[] content) throws IOException {
		return Files.write(this.files.resolve(name), content);
	}

	private static String gunzip(byte[] bytes) throws IOException {
		try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static byte[] gzip(String text) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (OutputStream out = new GZIPOutputStream(bytes)) {
			out.write(text.getBytes(StandardCharsets.UTF_8));
		}
		return bytes.toByteArray();
	}

}
