package org.coopgraph.api;

import java.util.ArrayList;
import java.util.List;

import org.coopgraph.support.CoopgraphIT;
import org.coopgraph.support.GraphQlClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Through introspection, as a client sees it: every type, field, argument and enum value of ours is described. */
@CoopgraphIT
class SchemaDocumentationIT {

	private static final String INTROSPECTION = """
			{ __schema { types { name kind description
			  fields { name description args { name description } }
			  inputFields { name description }
			  enumValues { name description } } } }""";

	@Autowired
	GraphQlClient graphql;

	@Test
	void everyTypeFieldArgumentAndEnumValueHasADescription() {
		JsonNode types = this.graphql.query(INTROSPECTION).at("/data/__schema/types");
		List<String> undocumented = new ArrayList<>();
		for (JsonNode type : types) {
			String name = type.get("name").asString();
			if (name.startsWith("__") || type.get("kind").asString().equals("SCALAR")) {
				continue;
			}
			check(undocumented, name, type);
			for (String member : List.of("fields", "inputFields", "enumValues")) {
				for (JsonNode field : type.path(member)) {
					check(undocumented, name + "." + field.get("name").asString(), field);
					for (JsonNode arg : field.path("args")) {
						check(undocumented, name + "." + field.get("name").asString() + "(" + arg.get("name").asString()
								+ ")", arg);
					}
				}
			}
		}
		assertThat(types.size()).isGreaterThan(20);
		assertThat(undocumented).isEmpty();
	}

	private static void check(List<String> undocumented, String what, JsonNode node) {
		if (node.path("description").isNull() || node.path("description").asString("").isBlank()) {
			undocumented.add(what);
		}
	}

}
