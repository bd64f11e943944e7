package org.coopgraph.api;

import org.coopgraph.config.CoopgraphProperties;

import org.springframework.stereotype.Component;

/** Checks {@code first} arguments against the configured page size cap. */
@Component
class PageSize {

	private final int max;

	PageSize(CoopgraphProperties properties) {
		this.max = properties.api().maxPageSize();
	}

	int check(Integer first) {
		int value = (first != null) ? first : 20;
		if (value < 0 || value > this.max) {
			throw new ApiException(ApiException.Kind.BAD_ARGUMENT,
					"Argument 'first' must be between 0 and %d, got %d".formatted(this.max, value));
		}
		return value;
	}

}
