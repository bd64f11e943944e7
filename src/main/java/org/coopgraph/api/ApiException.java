package org.coopgraph.api;

/**
 * An expected failure of a GraphQL request, reported to the client with {@link Kind} as its error code and the
 * message as written (which names the argument at fault).
 */
class ApiException extends RuntimeException {

	private final Kind kind;

	ApiException(Kind kind, String message) {
		super(message);
		this.kind = kind;
	}

	Kind kind() {
		return this.kind;
	}

	enum Kind {

		BAD_ARGUMENT, NOT_FOUND, LIMIT_EXCEEDED, UNAUTHORIZED

	}

}
