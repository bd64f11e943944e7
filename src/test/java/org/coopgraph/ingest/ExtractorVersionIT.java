package org.coopgraph.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.coopgraph.support.CoopgraphIT;
import org.coopgraph.support.TestDatabaseInitializer;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** A document extracted by an older version of the rules is extracted again, even though its bytes did not change. */
@CoopgraphIT
class ExtractorVersionIT {

	@Autowired
	IngestJob ingest;

	@Autowired
	Driver driver;

	@Test
	void reExtractsDocumentsStoredByOtherExtractionRules() throws Exception {
		Path folder = TestDatabaseInitializer.temporaryFolder("coopgraph-extractor-version-");
		Files.writeString(folder.resolve("version-plan.txt"), """
				丙市与丁市结对帮扶合作工作计划
				一、产业合作
				1．召开两市结对帮扶合作推进会。（责任单位：市发改委，完成时间：6月底前）
				""");
		assertThat(this.ingest.run(List.of(folder), false, IngestListener.NONE).newDocuments()).isEqualTo(1);
		assertThat(this.ingest.run(List.of(folder), false, IngestListener.NONE).unchangedDocuments()).isEqualTo(1);

		this.driver.executableQuery("MATCH (d:Document {key: $name}) SET d.extractor = 'an-older-version'")
			.withParameters(Map.of("name", "version-plan.txt"))
			.execute();

		IngestReport again = this.ingest.run(List.of(folder), false, IngestListener.NONE);
		assertThat(again.changedDocuments()).isEqualTo(1);
		assertThat(this.ingest.run(List.of(folder), false, IngestListener.NONE).unchangedDocuments()).isEqualTo(1);
	}

}
