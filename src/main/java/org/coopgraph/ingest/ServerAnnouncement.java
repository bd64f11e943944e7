package org.coopgraph.ingest;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a running server writes into its data folder, {@value #FILE_NAME}, so that a local {@code coopgraph ingest}
 * finds it and sends it the documents: the server's URL, a token made for this run, and the server's process id. The
 * one place that knows the file's name and shape: the server writes it, the command line reads it.
 * @param url where the server listens
 * @param token the token the server accepts from local users for this run
 * @param pid the server's process id
 */
public record ServerAnnouncement(URI url, String token, long pid) {

	/** The file in the data folder that names the running server. */
	public static final String FILE_NAME = "server.json";

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	/** Where the announcement of the server that serves {@code dataDir} is. */
	public static Path file(Path dataDir) {
		return dataDir.toAbsolutePath().normalize().resolve(FILE_NAME);
	}

	/**
	 * The announcement in {@code dataDir}; empty when no server announced itself there.
	 * @throws IOException naming the file when it cannot be read or is not an announcement
	 */
	public static Optional<ServerAnnouncement> read(Path dataDir) throws IOException {
		Path file = file(dataDir);
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		try {
			ServerAnnouncement announcement = JSON.readValue(Files.readString(file), ServerAnnouncement.class);
			if (announcement.url() == null || announcement.token() == null) {
				throw new IllegalArgumentException("no url or no token");
			}
			return Optional.of(announcement);
		}
		catch (JacksonException | IllegalArgumentException ex) {
			throw new IOException(file + " is not a server file coopgraph wrote: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Writes this announcement into {@code dataDir}, readable only by its owner before the token goes in (a file
	 * system without POSIX permissions keeps its defaults), and replaces the file at once, so that a reader never sees
	 * half of it.
	 */
	public void write(Path dataDir) throws IOException {
		Path file = file(dataDir);
		Path written = file.resolveSibling(FILE_NAME + ".new");
		Files.deleteIfExists(written);
		Files.createFile(written);
		try {
			Files.setPosixFilePermissions(written, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			// Not POSIX: the folder's own protection is all there is.
		}
		Files.writeString(written, JSON.writeValueAsString(this));
		Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	/** Removes the announcement from {@code dataDir}, if there is one. */
	public static void remove(Path dataDir) throws IOException {
		Files.deleteIfExists(file(dataDir));
	}

}
