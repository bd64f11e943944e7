package org.coopgraph.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.coopgraph.cli.CoopgraphCommand;
import org.coopgraph.support.JavaProcess;
import org.coopgraph.support.TestDatabaseInitializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A data folder that cannot be written, or a disk that is full, stops {@code serve} with a message naming the folder
 * and the problem, and leaves a store that opens once the problem is fixed. Uses small tmpfs mounts, so it needs
 * root; it is skipped elsewhere.
 */
class DataFolderFaultIT {

	private final List<Path> mounts = new ArrayList<>();

	@AfterEach
	void unmount() throws Exception {
		for (Path mount : this.mounts) {
			new ProcessBuilder("umount", "-l", mount.toString()).start().waitFor(30, TimeUnit.SECONDS);
		}
	}

	@Test
	void aReadOnlyDataFolderIsRefusedWithItsName() throws Exception {
		Path dataDir = mount("ro,size=1m");

		Result result = serve(dataDir);

		assertThat(result.exitCode()).isNotZero();
		assertThat(result.output()).contains("coopgraph: ").contains(dataDir.toString()).contains("coopgraph.data-dir");
	}

	@Test
	void aFullDiskStopsTheStartWithAClearMessageAndLeavesAStoreThatOpensLater() throws Exception {
		Path dataDir = mount("size=6m");

		Result full = serve(dataDir);

		assertThat(full.exitCode()).isNotZero();
		assertThat(full.output()).contains("coopgraph: ").contains(dataDir.toString()).contains("coopgraph.min-free-space");

		run("mount", "-o", "remount,size=1g", dataDir.toString());
		Result fixed = serve(dataDir, "--exit-after-start");
		assertThat(fixed.output()).contains("started");
		assertThat(fixed.exitCode()).isZero();
	}

	private Path mount(String options) throws Exception {
		Path dir = TestDatabaseInitializer.temporaryFolder("coopgraph-mount-");
		assumeTrue(run("mount", "-t", "tmpfs", "-o", options, "tmpfs", dir.toString()) == 0,
				"mounting a tmpfs needs root");
		this.mounts.add(dir);
		return dir;
	}

	private static Result serve(Path dataDir, String... extra) throws IOException, InterruptedException {
		Path log = Files.createTempFile("coopgraph-serve-", ".log");
		List<String> args = new ArrayList<>(List.of("serve", "--coopgraph.data-dir=" + dataDir,
				"--server.port=0", "--coopgraph.neo4j.bolt-port=" + TestDatabaseInitializer.freePort(),
				"--coopgraph.neo4j.http-port=" + TestDatabaseInitializer.freePort(),
				"--coopgraph.ingest-on-startup=false"));
		args.addAll(List.of(extra));
		Process process = JavaProcess.start(log, CoopgraphCommand.class, args.toArray(String[]::new));
		boolean exited = process.waitFor(120, TimeUnit.SECONDS);
		if (!exited) {
			process.destroyForcibly();
		}
		return new Result(exited ? process.exitValue() : -1, Files.readString(log));
	}

	private static int run(String... command) throws Exception {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		return process.waitFor(30, TimeUnit.SECONDS) ? process.exitValue() : -1;
	}

	record Result(int exitCode, String output) {

	}

}
