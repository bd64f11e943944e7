package org.coopgraph.upload;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.coopgraph.graph.backup.GraphBackup;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /backup}: a backup of the graph while the server serves it, streamed as it is read, for
 * {@code coopgraph backup}. Needs {@code Authorization: Bearer} with a token {@link UploadAccess} accepts, else 401.
 * Ingest writes wait while the backup reads (see {@link GraphBackup}). A backup that fails half-way ends the response
 * without the file's trailer, which the client then refuses as truncated.
 */
@RestController
class BackupController {

	static final String PATH = "/backup";

	private final GraphBackup backup;

	private final UploadAccess access;

	BackupController(GraphBackup backup, UploadAccess access) {
		this.backup = backup;
		this.access = access;
	}

	@GetMapping(PATH)
	ResponseEntity<Object> backup(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String token,
			HttpServletResponse response) throws IOException {
		if (!this.access.allows(token)) {
			return this.access.refusal("A backup");
		}
		response.setContentType("application/gzip");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"coopgraph.backup\"");
		// Written straight to the response rather than as an asynchronous stream, which a request timeout would cut.
		this.backup.write(response.getOutputStream());
		response.flushBuffer();
		return null;
	}

}
