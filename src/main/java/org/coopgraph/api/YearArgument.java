package org.coopgraph.api;

/** A year given as an argument: four digits, within the years documents can be from. */
final class YearArgument {

	private static final int EARLIEST = 1949;

	private static final int LATEST = 2100;

	private YearArgument() {
	}

	/**
	 * The year, or null when none was given.
	 * @throws ApiException BAD_ARGUMENT for anything but a year written in four digits
	 */
	static Integer check(String argument, Integer year) {
		if (year != null && (year < EARLIEST || year > LATEST)) {
			throw new ApiException(ApiException.Kind.BAD_ARGUMENT,
					"Argument '%s' must be a year in four digits between %d and %d, such as 2023; got %d"
						.formatted(argument, EARLIEST, LATEST, year));
		}
		return year;
	}

}
