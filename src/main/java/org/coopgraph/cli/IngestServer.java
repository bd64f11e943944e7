package org.coopgraph.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.Optional;

import org.coopgraph.ingest.DocumentIngest;
import org.coopgraph.ingest.DocumentResult;
import org.coopgraph.ingest.IngestStage;
import org.coopgraph.ingest.ServerAnnouncement;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A running coopgraph server that {@code ingest} sends documents to, one HTTP request per file with its raw bytes;
 * the server reads, extracts and stores each one and answers with what happened. Found through the file the server
 * writes into its data folder ({@link ServerAnnouncement}: URL and a token for local users), or given as
 * {@code --server}. {@code backup} asks the same server for a backup. Thread-safe: documents are sent from the run's
 * workers at once.
 */
record IngestServer(URI url, String token, HttpClient http) implements DocumentIngest {

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	/** Why the server cannot be used: it does not answer, or it refused the token. */
	static final class Refused extends Exception {

		private final int exitCode;

		Refused(String message, int exitCode) {
			super(message);
			this.exitCode = exitCode;
		}

		int exitCode() {
			return this.exitCode;
		}

	}

	static IngestServer at(URI url, String token) {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		String base = url.toString().replaceAll("/+$", "");
		return new IngestServer(URI.create(base), (token != null) ? token : "", http);
	}

	/** The server that serves {@code dataDir}, as its {@link ServerAnnouncement} names it; empty when none does. */
	static Optional<IngestServer> servingDataFolder(Path dataDir) throws IOException {
		return ServerAnnouncement.read(dataDir).map((server) -> at(server.url(), server.token()));
	}

	/**
	 * Checks that the server answers and accepts the token, before anything is sent.
	 * @throws Refused naming the server and what to do, with {@link ExitCodes#STORE_UNAVAILABLE} when it does not
	 * answer and {@link ExitCodes#UNAUTHORIZED} when it refuses the token
	 */
	void check() throws Refused {
		HttpResponse<String> response;
		try {
			response = this.http.send(request("/ingest").GET().build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new Refused("no coopgraph server answers at %s (%s)".formatted(this.url, describe(ex)),
					ExitCodes.STORE_UNAVAILABLE);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new Refused("interrupted while reaching " + this.url, ExitCodes.STORE_UNAVAILABLE);
		}
		if (response.statusCode() == 401 || response.statusCode() == 403) {
			throw new Refused(("the server at %s refused the token: pass the server's coopgraph.api.token with "
					+ "--token or COOPGRAPH_API_TOKEN").formatted(this.url), ExitCodes.UNAUTHORIZED);
		}
		if (response.statusCode() != 200) {
			throw new Refused("%s does not take documents (HTTP %d): is it a coopgraph server?"
				.formatted(this.url, response.statusCode()), ExitCodes.STORE_UNAVAILABLE);
		}
	}

	/** Whether a coopgraph server answers at the URL, whether or not it accepts the token. */
	boolean answers() {
		try {
			check();
			return true;
		}
		catch (Refused ex) {
			return ex.exitCode() != ExitCodes.STORE_UNAVAILABLE;
		}
	}

	/** Sends the document and waits for the server's answer: the server batches the writes of concurrent sends. */
	@Override
	public CompletableFuture<DocumentResult> ingest(Path file, boolean dryRun) {
		return CompletableFuture.completedFuture(send(file, dryRun));
	}

	private DocumentResult send(Path file, boolean dryRun) {
		String name = file.getFileName().toString();
		long[] nanos = new long[IngestStage.values().length];
		long bytes = 0;
		try {
			byte[] content = Files.readAllBytes(file);
			bytes = content.length;
			String query = "?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "&dryRun=" + dryRun;
			HttpResponse<String> response = this.http.send(
					request("/ingest/document" + query).POST(HttpRequest.BodyPublishers.ofByteArray(content))
						.header("Content-Type", "application/octet-stream")
						.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			if (response.statusCode() != 200) {
				String message = JSON.readTree(response.body()).at("/message").asString(response.body());
				return DocumentResult.failed(name, "%s: the server refused it (HTTP %d): %s".formatted(name,
						response.statusCode(), message), bytes, nanos);
			}
			return JSON.readValue(response.body(), DocumentResult.class);
		}
		catch (IOException ex) {
			if (Files.isReadable(file)) {
				return DocumentResult.storeGone(name,
						"the server at %s stopped answering: %s".formatted(this.url, describe(ex)), bytes, nanos);
			}
			return DocumentResult.failed(name, name + ": cannot be read: " + describe(ex), bytes, nanos);
		}
		catch (JacksonException ex) {
			return DocumentResult.failed(name, name + ": the server's answer is not understood: " + ex.getMessage(),
					bytes, nanos);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return DocumentResult.storeGone(name, "interrupted", bytes, nanos);
		}
	}

	/**
	 * Downloads a backup of the server's graph into {@code target}.
	 * @throws Refused when the server cannot be reached, refuses the token or fails to take the backup
	 */
	void backup(Path target) throws Refused {
		HttpResponse<Path> response;
		try {
			response = this.http.send(request("/backup").timeout(Duration.ofHours(6)).GET().build(),
					HttpResponse.BodyHandlers.ofFile(target));
		}
		catch (IOException ex) {
			throw new Refused("the server at %s stopped answering during the backup (%s)".formatted(this.url,
					describe(ex)), ExitCodes.STORE_UNAVAILABLE);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new Refused("interrupted while taking the backup from " + this.url, ExitCodes.STORE_UNAVAILABLE);
		}
		if (response.statusCode() == 401 || response.statusCode() == 403) {
			throw new Refused("the server at %s refused the token".formatted(this.url), ExitCodes.UNAUTHORIZED);
		}
		if (response.statusCode() != 200) {
			throw new Refused("the server at %s could not take the backup (HTTP %d)".formatted(this.url,
					response.statusCode()), ExitCodes.SOFTWARE);
		}
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(this.url + path))
			.timeout(Duration.ofMinutes(10))
			.header("Authorization", "Bearer " + this.token);
	}

	private static String describe(IOException ex) {
		return (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
	}

}
