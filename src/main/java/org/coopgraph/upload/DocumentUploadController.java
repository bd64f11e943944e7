package org.coopgraph.upload;

import java.util.Map;

import org.coopgraph.ingest.IngestJob;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /ingest/document?name=…}: ingests one file sent as its raw bytes, as {@code coopgraph ingest} does
 * with a file, and answers with the {@link org.coopgraph.ingest.DocumentResult} as JSON. {@code GET /ingest} checks
 * the token without sending anything. Both need {@code Authorization: Bearer} with a token {@link UploadAccess}
 * accepts, else 401.
 */
@RestController
class DocumentUploadController {

	static final String CHECK = "/ingest";

	static final String DOCUMENT = "/ingest/document";

	private final IngestJob ingest;

	private final UploadAccess access;

	DocumentUploadController(IngestJob ingest, UploadAccess access) {
		this.ingest = ingest;
		this.access = access;
	}

	@GetMapping(path = CHECK, produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Object> check(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String token) {
		if (!this.access.allows(token)) {
			return refused();
		}
		return ResponseEntity.ok(Map.of("message", "ready to ingest"));
	}

	@PostMapping(path = DOCUMENT, produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Object> document(@RequestParam String name,
			@RequestParam(defaultValue = "false") boolean dryRun,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String token,
			@RequestBody(required = false) byte[] body) {
		if (!this.access.allows(token)) {
			return refused();
		}
		if (name.isBlank() || name.length() > 255 || name.contains("/") || name.contains("\\")) {
			return ResponseEntity.badRequest()
				.body(Map.of("message", "Parameter 'name' must be a file name of 1 to 255 characters"));
		}
		return ResponseEntity.ok(this.ingest.ingestUpload(name, (body != null) ? body : new byte[0], dryRun));
	}

	private ResponseEntity<Object> refused() {
		return this.access.refusal("Sending documents");
	}

}
