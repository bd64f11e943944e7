package org.coopgraph.upload;

import java.util.Map;

import org.coopgraph.support.CoopgraphIT;
import org.coopgraph.support.GraphQlClient;
import org.coopgraph.support.TestDatabaseInitializer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@CoopgraphIT
class MutationIT {

	private static final String INGEST = """
			mutation($name: String!, $text: String!) { ingestDocument(input: {name: $name, text: $text}) {
			  __typename ... on IngestDocumentSuccess { name status tasks } ... on IngestDocumentProblem { message } } }""";

	@Autowired
	GraphQlClient graphql;

	@Test
	void refusesAMutationWithoutTheToken() {
		JsonNode response = this.graphql.query(INGEST, document("一、合作\n1．召开推进会。"));

		assertThat(response.at("/errors/0/extensions/code").asString()).isEqualTo("UNAUTHORIZED");
		assertThat(response.at("/errors/0/message").asString()).contains("Authorization");
	}

	@Test
	void ingestsADocumentWithTheToken() {
		JsonNode response = this.graphql.queryWithToken(INGEST,
				document("一、合作\n1．召开推进会。（责任单位：市发改委，完成时间：6月底前）"), TestDatabaseInitializer.API_TOKEN);

		assertThat(response.at("/data/ingestDocument/__typename").asString()).isEqualTo("IngestDocumentSuccess");
		assertThat(response.at("/data/ingestDocument/name").asString()).isEqualTo("mutation-plan.txt");
		assertThat(this.graphql.query("{ documents { name } }").toString()).contains("mutation-plan.txt");
	}

	@Test
	void refusesBlankTextAsAProblemNotAnError() {
		JsonNode response = this.graphql.queryWithToken(INGEST, document("   "), TestDatabaseInitializer.API_TOKEN);

		assertThat(response.at("/data/ingestDocument/__typename").asString()).isEqualTo("IngestDocumentProblem");
		assertThat(response.at("/data/ingestDocument/message").asString()).contains("text");
	}

	private static Map<String, Object> document(String text) {
		return Map.of("name", "mutation-plan.txt", "text", text.replace("\\n", "\n"));
	}

}
