package org.coopgraph.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class BoltPasswordFileTests {

	@TempDir
	Path home;

	@Test
	void createsARandomOwnerOnlyPasswordOnceAndReusesIt() throws Exception {
		String first = new BoltPasswordFile(this.home).readOrCreate();

		assertThat(first).matches("[A-Za-z0-9_-]{32}");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(this.home.resolve("bolt-password"))))
			.isEqualTo("rw-------");
		assertThat(new BoltPasswordFile(this.home).readOrCreate()).isEqualTo(first);
		assertThat(new BoltPasswordFile(Files.createTempDirectory("coopgraph-other-")).readOrCreate()).isNotEqualTo(first);
		try (var files = Files.list(this.home)) {
			assertThat(files).as("no temporary file left").hasSize(1);
		}
	}

	@Test
	void startsRacingOnAnEmptyFolderAllGetTheOnePasswordThatWasStored() throws Exception {
		try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
			List<Callable<String>> starts = IntStream.range(0, 8)
				.<Callable<String>>mapToObj((i) -> () -> new BoltPasswordFile(this.home).readOrCreate())
				.toList();
			List<String> passwords = pool.invokeAll(starts).stream().map(BoltPasswordFileTests::get).toList();

			assertThat(passwords).containsOnly(new BoltPasswordFile(this.home).read());
		}
	}

	@Test
	void refusesAFileOtherUsersCanReadNamingIt() throws Exception {
		Path file = this.home.resolve("bolt-password");
		Files.writeString(file, "a-password-others-could-read\n");
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

		assertThatIllegalStateException().isThrownBy(() -> new BoltPasswordFile(this.home).readOrCreate())
			.withMessageContaining(file.toString())
			.withMessageContaining("chmod 600");
	}

	@Test
	void refusesAnEmptyFileNamingIt() throws Exception {
		Path file = this.home.resolve("bolt-password");
		Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));

		assertThatIllegalStateException().isThrownBy(() -> new BoltPasswordFile(this.home).readOrCreate())
			.withMessageContaining(file.toString())
			.withMessageContaining("is empty");
	}

	@Test
	void aMissingFileIsReportedForToolsThatOnlyRead() {
		assertThatIllegalStateException().isThrownBy(() -> new BoltPasswordFile(this.home).read())
			.withMessageContaining("does not exist");
	}

	private static String get(Future<String> future) {
		try {
			return future.get();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
