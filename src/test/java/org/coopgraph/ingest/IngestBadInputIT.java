package org.coopgraph.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.coopgraph.support.CoopgraphIT;
import org.coopgraph.support.TestDatabaseInitializer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@CoopgraphIT
class IngestBadInputIT {

	@Autowired
	IngestJob ingest;

	@Test
	void reportsAnUnreadableFileByNameAndStoresTheRest() throws Exception {
		Path folder = TestDatabaseInitializer.temporaryFolder("coopgraph-bad-input-");
		Files.writeString(folder.resolve("good-plan.txt"), """
				泰州市与镇江市结对帮扶合作工作计划
				一、产业合作
				1．召开两市结对帮扶合作推进会。（责任单位：市发改委，完成时间：6月底前）
				""", StandardCharsets.UTF_8);
		byte[] binary = new byte[4096];
		for (int i = 0; i < binary.length; i++) {
			binary[i] = (byte) (i * 31 % 7);
		}
		Files.write(folder.resolve("broken.txt"), binary);
		Files.write(folder.resolve("empty.txt"), new byte[0]);

		IngestReport report = this.ingest.run(List.of(folder), false, IngestListener.NONE);

		assertThat(report.newDocuments()).isEqualTo(1);
		assertThat(report.failures()).extracting(IngestReport.Failure::document)
			.containsExactlyInAnyOrder("broken.txt", "empty.txt");
		assertThat(report.failures()).allSatisfy((f) -> assertThat(f.reason()).startsWith(f.document()));
	}

}
