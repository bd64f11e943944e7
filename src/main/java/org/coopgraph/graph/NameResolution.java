package org.coopgraph.graph;

import java.util.Map;

import org.neo4j.driver.Record;

/**
 * Finds the entity a client named inside the statement that needs it rather than in a query of its own: a
 * subquery placed in front of that statement binds a variable to the entity whose canonical name is the parameter
 * (when same-named places share it, such as 鼓楼区 of 南京 and of 徐州, the one most documents mention, then the
 * smallest key), else to the shortest-named one with it as an alias (found through the full-text index, as list properties have no
 * exact index, and checked exactly), else to null.
 */
final class NameResolution {

	// Only the parameter and variable names, constants of the calling statement, are filled in; never user input.
	private static final String SUBQUERY = """
			OPTIONAL CALL () {
			  OPTIONAL MATCH (named:Entity {name: $%1$s})
			  WITH named ORDER BY COUNT { (named)<-[:MENTIONS]-() } DESC, named.key LIMIT 1
			  CALL (named) {
			    WITH named WHERE named IS NOT NULL
			    RETURN named AS e
			    UNION
			    WITH named WHERE named IS NULL AND $%1$s IS NOT NULL
			    CALL db.index.fulltext.queryNodes('entity_search', $%1$sPhrase, {limit: 200}) YIELD node
			    WITH node WHERE $%1$s IN node.aliases
			    RETURN node AS e ORDER BY size(node.name) LIMIT 1
			  }
			  RETURN e AS %2$s
			}
			""";

	private NameResolution() {
	}

	/** The subquery that binds {@code variable} to the entity named by parameter {@code $parameter}, or null. */
	static String subquery(String parameter, String variable) {
		return SUBQUERY.formatted(parameter, variable);
	}

	/**
	 * Sets parameter {@code parameter} (and its full-text phrase) to the name, or to null when no name was given.
	 * @throws UnknownEntityException for a blank name, which no entity has
	 */
	static void bind(Map<String, Object> parameters, String parameter, EntityName name) {
		if (name != null && name.name().isEmpty()) {
			throw new UnknownEntityException(name);
		}
		parameters.put(parameter, (name != null) ? name.name() : null);
		parameters.put(parameter + "Phrase", (name != null) ? FulltextQuery.phrase(name.name()) : null);
	}

	/**
	 * Checks that a name given was found, as the statement reported in boolean column {@code column}.
	 * @throws UnknownEntityException when it was not
	 */
	static void requireFound(Record row, String column, EntityName name) {
		if (name != null && !row.get(column).asBoolean()) {
			throw new UnknownEntityException(name);
		}
	}

}
