package org.coopgraph.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Validates date arguments before they reach Cypher's {@code date()}. */
final class IsoDate {

	private IsoDate() {
	}

	static String check(String value, String argument) {
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value).toString();
		}
		catch (DateTimeParseException ex) {
			throw new ApiException(ApiException.Kind.BAD_ARGUMENT,
					"Argument '%s' must be a date like 2023-06-30, got '%s'".formatted(argument, value));
		}
	}

}
