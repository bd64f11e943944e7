package org.coopgraph.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.coopgraph.graph.GraphWriter;
import org.coopgraph.ingest.read.DocumentReaders;
import org.coopgraph.support.CoopgraphIT;
import org.coopgraph.support.GraphQlClient;
import org.coopgraph.support.TestDatabaseInitializer;
import org.coopgraph.support.TripwireStage;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@CoopgraphIT
class IngestBadInputIT {

	private static final String PLAN = """
			泰州市与镇江市结对帮扶合作工作计划
			一、产业合作
			1．召开两市结对帮扶合作推进会。（责任单位：市发改委，完成时间：6月底前）
			""";

	private static final String DOCUMENTS = "{ documents { name sha256 extraction extractionProblems } }";

	@Autowired
	IngestJob ingest;

	@Autowired
	DocumentReaders readers;

	@Autowired
	GraphWriter writer;

	@Autowired
	GraphQlClient graphql;

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

	@Test
	void aChangedDocumentOfWhichNothingCanBeExtractedFailsAndKeepsItsStoredVersion() throws Exception {
		Path folder = TestDatabaseInitializer.temporaryFolder("coopgraph-failed-extraction-");
		Path file = folder.resolve("kept-plan.txt");
		Files.writeString(file, PLAN, StandardCharsets.UTF_8);
		assertThat(this.ingest.run(List.of(folder), false, IngestListener.NONE).newDocuments()).isEqualTo(1);
		String storedSha = sha256(Files.readAllBytes(file));
		Files.writeString(file, PLAN + "2．" + TripwireStage.TRIPWIRE, StandardCharsets.UTF_8);

		IngestReport report = sabotaged().run(List.of(folder), false, IngestListener.NONE);

		assertThat(report.changedDocuments()).isZero();
		assertThat(report.failures()).singleElement().satisfies((f) -> {
			assertThat(f.document()).isEqualTo("kept-plan.txt");
			assertThat(f.reason()).contains("nothing could be extracted", "a stored version is kept", "tripwire");
		});
		assertThat(this.writer.holds("kept-plan.txt", storedSha)).isTrue();
		assertThat(document("kept-plan.txt").at("/extraction").asString()).isEqualTo("COMPLETE");
	}

	@Test
	void aNewDocumentOfWhichNothingCanBeExtractedFailsAndIsListedWithTheReason() throws Exception {
		Path folder = TestDatabaseInitializer.temporaryFolder("coopgraph-failed-extraction-");
		Files.writeString(folder.resolve("tripped-plan.txt"), PLAN + TripwireStage.TRIPWIRE, StandardCharsets.UTF_8);

		IngestReport report = sabotaged().run(List.of(folder), false, IngestListener.NONE);

		assertThat(report.complete()).isFalse();
		assertThat(report.failures()).extracting(IngestReport.Failure::document).containsExactly("tripped-plan.txt");
		JsonNode listed = document("tripped-plan.txt");
		assertThat(listed.at("/extraction").asString()).isEqualTo("FAILED");
		assertThat(listed.at("/extractionProblems/0").asString()).startsWith("characters 0-")
			.contains("IllegalStateException: tripwire in tripped-plan.txt");
	}

	@Test
	void aLongDocumentWithOneFailedSectionIsStoredPartlyExtractedAndReportedAtEveryRun() throws Exception {
		Path folder = TestDatabaseInitializer.temporaryFolder("coopgraph-partial-extraction-");
		String paragraph = "推进两地产业合作，深化交流。\n\n";
		Files.writeString(folder.resolve("partial-plan.txt"),
				paragraph.repeat(100_000) + TripwireStage.TRIPWIRE + paragraph.repeat(10), StandardCharsets.UTF_8);

		IngestReport first = sabotaged().run(List.of(folder), false, IngestListener.NONE);
		IngestReport second = sabotaged().run(List.of(folder), false, IngestListener.NONE);

		assertThat(first.newDocuments()).isEqualTo(1);
		assertThat(first.failures()).isEmpty();
		assertThat(first.partlyExtracted()).singleElement()
			.satisfies((f) -> assertThat(f.reason()).startsWith("partial-plan.txt: partly extracted: characters "));
		assertThat(first.complete()).isFalse();
		assertThat(second.unchangedDocuments()).isEqualTo(1);
		assertThat(second.partlyExtracted()).hasSize(1);
		JsonNode listed = document("partial-plan.txt");
		assertThat(listed.at("/extraction").asString()).isEqualTo("PARTIAL");
		assertThat(listed.at("/extractionProblems")).hasSize(1);
	}

	private IngestJob sabotaged() {
		return new IngestJob(this.readers, TripwireStage.extractor(), this.writer);
	}

	private JsonNode document(String name) {
		JsonNode documents = this.graphql.query(DOCUMENTS).at("/data/documents");
		for (JsonNode document : documents) {
			if (document.at("/name").asString().equals(name)) {
				return document;
			}
		}
		throw new AssertionError(name + " is not among the documents: " + documents);
	}

	private static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

}
