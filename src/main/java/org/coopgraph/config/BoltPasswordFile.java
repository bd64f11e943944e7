package org.coopgraph.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The generated password of the embedded database's user {@code neo4j}: the file {@value #NAME} in the data folder,
 * readable and writable by its owner only, holding the password on one line. Created once, on the first start
 * without {@code coopgraph.neo4j.password}, and reused by every later start and by the tools that connect over Bolt.
 * Stateless; safe to use from several processes, since the file appears whole or not at all.
 */
public final class BoltPasswordFile {

	/** The file's name inside the data folder. */
	public static final String NAME = "bolt-password";

	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

	/** 24 random bytes: 32 characters of URL-safe Base64, safe to paste into a shell or a URL. */
	private static final int RANDOM_BYTES = 24;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Path file;

	/**
	 * @param home the data folder ({@code coopgraph.data-dir}), which must exist
	 */
	public BoltPasswordFile(Path home) {
		this.file = home.toAbsolutePath().normalize().resolve(NAME);
	}

	public Path path() {
		return this.file;
	}

	/** The stored password, after generating and storing one if the data folder has none yet. */
	String readOrCreate() {
		if (!Files.exists(this.file)) {
			create();
		}
		return read();
	}

	/**
	 * The stored password.
	 * @throws IllegalStateException if the file is missing, empty, or readable by anyone but its owner
	 */
	public String read() {
		try {
			if (posix(this.file.getParent())) {
				Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(this.file);
				if (!OWNER_ONLY.containsAll(permissions)) {
					throw new IllegalStateException(("%s is readable by other users (%s): run chmod 600 on it, or delete "
							+ "it so that coopgraph generates a new password").formatted(this.file,
									PosixFilePermissions.toString(permissions)));
				}
			}
			String password = Files.readString(this.file, StandardCharsets.UTF_8).strip();
			if (password.isEmpty()) {
				throw new IllegalStateException(
						"%s is empty: delete it so that coopgraph generates a new password".formatted(this.file));
			}
			return password;
		}
		catch (NoSuchFileException ex) {
			throw new IllegalStateException(
					"%s does not exist: start coopgraph once on this data folder to create it".formatted(this.file), ex);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read the Bolt password from %s: %s".formatted(this.file, ex), ex);
		}
	}

	/**
	 * Writes the password to a private temporary file and links it into place, so that no reader ever sees a partial
	 * file and no one else ever sees it at all. When two starts race, the first link wins and both use its password.
	 */
	private void create() {
		Path folder = this.file.getParent();
		if (!posix(folder)) {
			throw new IllegalStateException(("The file system of %s cannot keep a file readable only by its owner: set "
					+ "coopgraph.neo4j.password instead of a generated password").formatted(folder));
		}
		try {
			Path temporary = Files.createTempFile(folder, NAME, ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY));
			try {
				try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
					channel.write(StandardCharsets.UTF_8.encode(generate() + "\n"));
					channel.force(true);
				}
				Files.createLink(this.file, temporary);
			}
			catch (FileAlreadyExistsException ex) {
				// Another process created it first: its password is the one the database gets.
			}
			finally {
				Files.deleteIfExists(temporary);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the Bolt password file %s".formatted(this.file), ex);
		}
	}

	private static String generate() {
		byte[] bytes = new byte[RANDOM_BYTES];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static boolean posix(Path folder) {
		try {
			return Files.getFileStore(folder).supportsFileAttributeView(PosixFileAttributeView.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot inspect the file system of %s".formatted(folder), ex);
		}
	}

}
