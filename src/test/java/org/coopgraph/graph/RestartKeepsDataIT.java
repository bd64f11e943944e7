package org.coopgraph.graph;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.coopgraph.CoopgraphApplication;
import org.coopgraph.support.TestDatabaseInitializer;
import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

class RestartKeepsDataIT {

	@Test
	void aRestartOnTheSameDataFolderFindsTheIngestedDocuments() {
		Path dataDir = TestDatabaseInitializer.temporaryFolder("coopgraph-restart-");
		List<String> first;
		long firstStarted = System.nanoTime();
		try (ConfigurableApplicationContext context = start(dataDir, true)) {
			first = documentNames(context);
		}
		try (ConfigurableApplicationContext context = start(dataDir, false)) {
			assertThat(documentNames(context)).isEqualTo(first).hasSize(5);
		}
		assertThat(System.nanoTime() - firstStarted).as("two starts and stops, nanoseconds").isPositive();
	}

	private static List<String> documentNames(ConfigurableApplicationContext context) {
		return context.getBean(EntityQueries.class).documents(null).stream().map(DocumentNode::name).toList();
	}

	private static ConfigurableApplicationContext start(Path dataDir, boolean ingest) {
		Map<String, Object> properties = new HashMap<>(TestDatabaseInitializer.properties(dataDir));
		properties.put("coopgraph.ingest-on-startup", ingest);
		return new SpringApplicationBuilder(CoopgraphApplication.class).web(WebApplicationType.NONE)
			.properties(properties)
			.run();
	}

}
