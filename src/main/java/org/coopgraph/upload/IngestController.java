package org.coopgraph.upload;

import org.coopgraph.api.MutationGuard;
import org.coopgraph.graph.WriteOutcome;
import org.coopgraph.ingest.IngestJob;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code ingestDocument}: stores a document sent as text. Allowed only with the configured API token; refused
 * input (blank name or text, text over the size limit) is an {@code IngestDocumentProblem}, not an error.
 */
@Controller
class IngestController {

	static final int MAX_TEXT_CHARS = 5_000_000;

	private final IngestJob ingest;

	private final MutationGuard guard;

	IngestController(IngestJob ingest, MutationGuard guard) {
		this.ingest = ingest;
		this.guard = guard;
	}

	@MutationMapping
	Object ingestDocument(@Argument IngestDocumentInput input,
			@ContextValue(name = MutationGuard.TOKEN_KEY, required = false) String token) {
		this.guard.check(token);
		if (input.name().isBlank() || input.name().length() > 255 || input.name().contains("/")) {
			return new IngestDocumentProblem("Field 'name' must be 1 to 255 characters without '/'");
		}
		if (input.text().isBlank()) {
			return new IngestDocumentProblem("Field 'text' must not be blank");
		}
		if (input.text().length() > MAX_TEXT_CHARS) {
			return new IngestDocumentProblem(
					"Field 'text' is longer than %,d characters; use the ingest command".formatted(MAX_TEXT_CHARS));
		}
		WriteOutcome outcome = this.ingest.ingestText(input.name().strip(), input.text());
		return new IngestDocumentSuccess(outcome.document(), outcome.status().name(), outcome.entities(),
				outcome.relations(), outcome.tasks());
	}

	record IngestDocumentInput(String name, String text) {

	}

	record IngestDocumentSuccess(String name, String status, int entities, int relations, int tasks) {

	}

	record IngestDocumentProblem(String message) {

	}

}
