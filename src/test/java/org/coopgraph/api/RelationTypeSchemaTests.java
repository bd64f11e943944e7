package org.coopgraph.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.schema.idl.SchemaParser;
import org.coopgraph.graph.FactTypes;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The schema spells the relation types out for clients; it must spell the ones the code knows. */
class RelationTypeSchemaTests {

	@Test
	void theSchemasRelationTypesAreTheExtractorsRelationTypes() throws IOException {
		String schema;
		try (InputStream in = getClass().getResourceAsStream("/graphql/query.graphqls")) {
			schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		EnumTypeDefinition relationType = new SchemaParser().parse(schema)
			.getType("RelationType", EnumTypeDefinition.class)
			.orElseThrow();

		assertThat(relationType.getEnumValueDefinitions()).extracting(EnumValueDefinition::getName)
			.containsExactlyElementsOf(FactTypes.NAMES);
	}

}
