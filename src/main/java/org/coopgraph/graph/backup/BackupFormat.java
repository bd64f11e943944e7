package org.coopgraph.graph.backup;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The backup file: gzip-compressed UTF-8 JSON lines.
 * <ol>
 * <li>a header: {@code {"format": "coopgraph-backup", "version": 1, "createdAt": …, "schema": [{"name",
 * "statement"}…]}}, the schema being the database's own constraints and indexes;</li>
 * <li>one line per node: {@code {"node": id, "labels": […], "properties": {…}}} (values as {@link PropertyValues});
 * </li>
 * <li>one line per relationship, after all nodes: {@code {"relationship": type, "from": id, "to": id, "properties":
 * {…}}}, the ids being those of the node lines;</li>
 * <li>a trailer: {@code {"end": {"nodes": N, "relationships": R, "sha256": hex}}}, the checksum covering the bytes
 * of every line above it.</li>
 * </ol>
 * A file without its trailer is truncated; one whose counts or checksum differ was altered.
 */
final class BackupFormat {

	static final String FORMAT = "coopgraph-backup";

	static final int VERSION = 1;

	static final JsonMapper JSON = JsonMapper.builder().build();

	private BackupFormat() {
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	static String hex(MessageDigest digest) {
		return HexFormat.of().formatHex(digest.digest());
	}

	/** Writes lines, counting them into the checksum until the trailer. Not thread-safe. */
	static final class LineWriter {

		private final OutputStream out;

		private final MessageDigest digest = sha256();

		LineWriter(OutputStream out) {
			this.out = out;
		}

		void line(JsonNode json) throws IOException {
			byte[] bytes = line(JSON.writeValueAsBytes(json));
			this.digest.update(bytes);
			this.out.write(bytes);
		}

		/** Writes the trailer, which the checksum does not cover, and returns what it states. */
		BackupSummary end(long nodes, long relationships) throws IOException {
			BackupSummary summary = new BackupSummary(nodes, relationships, hex(this.digest));
			this.out.write(line(JSON.writeValueAsBytes(Map.of("end", summary))));
			return summary;
		}

		private static byte[] line(byte[] json) {
			byte[] line = Arrays.copyOf(json, json.length + 1);
			line[json.length] = '\n';
			return line;
		}

	}

	/**
	 * Reads a backup line by line, checking it as it goes: the header first, then that the trailer comes last and
	 * states the counts and checksum of what came before it. Not thread-safe.
	 */
	static final class LineReader implements AutoCloseable {

		private final Path file;

		private final InputStream in;

		private final MessageDigest digest = sha256();

		private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

		private long number;

		private long nodes;

		private long relationships;

		private JsonNode header;

		private BackupSummary end;

		LineReader(Path file) throws IOException {
			this.file = file;
			try {
				this.in = new BufferedInputStream(new GZIPInputStream(Files.newInputStream(file), 1 << 16), 1 << 16);
			}
			catch (ZipException | EOFException ex) {
				throw invalid("is not a coopgraph backup (not gzip-compressed: %s)".formatted(ex.getMessage()));
			}
			this.header = next();
			if (this.header == null || !FORMAT.equals(this.header.path("format").asString(""))) {
				throw invalid("is not a coopgraph backup (no coopgraph-backup header)");
			}
			long version = this.header.path("version").asLong(-1);
			if (version != VERSION) {
				throw invalid("has format version %d; this coopgraph reads version %d".formatted(version, VERSION));
			}
		}

		JsonNode header() {
			return this.header;
		}

		/** The next node or relationship line; null after the trailer, which has then been checked. */
		JsonNode next() throws IOException {
			if (this.end != null) {
				return null;
			}
			byte[] bytes = readLine();
			if (bytes == null) {
				throw invalid("is truncated: it ends after %d lines, without its trailer".formatted(this.number));
			}
			JsonNode json = parse(bytes);
			if (json.has("end")) {
				this.end = checkedEnd(json.get("end"));
				if (readLine() != null) {
					throw invalid("has lines after its trailer");
				}
				return null;
			}
			this.digest.update(bytes);
			if (json.has("node")) {
				if (this.relationships > 0) {
					throw invalid("has a node after the relationships, at line " + this.number);
				}
				this.nodes++;
			}
			else if (json.has("relationship")) {
				this.relationships++;
			}
			else if (this.number > 1) {
				throw invalid("has a line that is neither a node nor a relationship, at line " + this.number);
			}
			return json;
		}

		/** What the trailer stated; only after {@link #next()} returned null. */
		BackupSummary summary() {
			return this.end;
		}

		private BackupSummary checkedEnd(JsonNode end) {
			BackupSummary stated = new BackupSummary(end.path("nodes").asLong(-1), end.path("relationships").asLong(-1),
					end.path("sha256").asString(""));
			String actual = hex(this.digest);
			if (stated.nodes() != this.nodes || stated.relationships() != this.relationships) {
				throw invalid("states %d nodes and %d relationships but holds %d and %d".formatted(stated.nodes(),
						stated.relationships(), this.nodes, this.relationships));
			}
			if (!stated.sha256().equals(actual)) {
				throw invalid("was altered: its checksum is %s, its trailer states %s".formatted(actual,
						stated.sha256()));
			}
			return stated;
		}

		private JsonNode parse(byte[] bytes) {
			try {
				return JSON.readTree(bytes);
			}
			catch (JacksonException ex) {
				throw invalid("has a damaged line %d: %s".formatted(this.number, ex.getOriginalMessage()));
			}
		}

		private byte[] readLine() throws IOException {
			this.buffer.reset();
			try {
				for (int b = this.in.read(); b != -1; b = this.in.read()) {
					this.buffer.write(b);
					if (b == '\n') {
						this.number++;
						return this.buffer.toByteArray();
					}
				}
			}
			catch (ZipException ex) {
				throw invalid("is damaged (its compression is broken: %s)".formatted(ex.getMessage()));
			}
			catch (EOFException ex) {
				throw invalid("is truncated: it ends after %d lines, without its trailer".formatted(this.number));
			}
			if (this.buffer.size() > 0) {
				throw invalid("is truncated: its last line is incomplete");
			}
			return null;
		}

		private InvalidBackupException invalid(String problem) {
			return new InvalidBackupException("The backup " + this.file + " " + problem);
		}

		@Override
		public void close() throws IOException {
			this.in.close();
		}

	}

}
