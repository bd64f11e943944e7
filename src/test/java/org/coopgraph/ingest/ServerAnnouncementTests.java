package org.coopgraph.ingest;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServerAnnouncementTests {

	@TempDir
	Path dataDir;

	@Test
	void whatTheServerWritesTheCommandLineReadsBackOwnerOnly() throws IOException {
		ServerAnnouncement written = new ServerAnnouncement(URI.create("http://127.0.0.1:18080"), "local-token", 4242);

		written.write(this.dataDir);

		assertThat(ServerAnnouncement.read(this.dataDir)).contains(written);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(this.dataDir.resolve("server.json"))))
			.isEqualTo("rw-------");
		ServerAnnouncement.remove(this.dataDir);
		assertThat(ServerAnnouncement.read(this.dataDir)).isEmpty();
	}

	@Test
	void aFileThatIsNoAnnouncementIsRefusedByName() throws IOException {
		Files.writeString(this.dataDir.resolve("server.json"), "{\"url\": \"http://127.0.0.1:1\"}");

		assertThatThrownBy(() -> ServerAnnouncement.read(this.dataDir)).isInstanceOf(IOException.class)
			.hasMessageContaining("server.json")
			.hasMessageContaining("not a server file");
	}

}
