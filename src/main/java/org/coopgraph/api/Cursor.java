package org.coopgraph.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Opaque page cursors: a position in an ordered result, encoded so that clients do not build them. */
final class Cursor {

	private static final String PREFIX = "pos:";

	private Cursor() {
	}

	static String of(int position) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((PREFIX + position).getBytes(StandardCharsets.UTF_8));
	}

	/** The offset at which the page after {@code cursor} starts; 0 for a null cursor. */
	static int offsetAfter(String cursor) {
		if (cursor == null || cursor.isEmpty()) {
			return 0;
		}
		try {
			String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			if (decoded.startsWith(PREFIX)) {
				int position = Integer.parseInt(decoded.substring(PREFIX.length()));
				if (position >= 0) {
					return position + 1;
				}
			}
		}
		catch (IllegalArgumentException ex) {
			// reported below, like any other malformed cursor
		}
		throw new ApiException(ApiException.Kind.BAD_ARGUMENT,
				"Argument 'after' is not a cursor returned by this API: " + cursor);
	}

}
