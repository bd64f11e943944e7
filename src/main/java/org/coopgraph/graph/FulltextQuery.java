package org.coopgraph.graph;

/**
 * Turns user text into a Lucene query that matches it as a phrase: every query-syntax character is escaped, so
 * input such as {@code a OR b*} or {@code name:"x"} searches for those characters instead of changing the query.
 */
final class FulltextQuery {

	private FulltextQuery() {
	}

	static String phrase(String text) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : text.strip().toCharArray()) {
			if (Character.isISOControl(c) || Character.isSurrogate(c)) {
				out.append(' ');
				continue;
			}
			if ("\\\"+-!():^[]{}~*?|&/".indexOf(c) >= 0) {
				out.append('\\');
			}
			out.append(c);
		}
		return out.append('"').toString();
	}

}
