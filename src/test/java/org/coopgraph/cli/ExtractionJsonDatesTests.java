package org.coopgraph.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code extract} writes each document's date and how it was found, place codes and candidates, and fact years. */
class ExtractionJsonDatesTests {

	@Test
	void writesDatesCodesCandidatesAndYears(@TempDir Path dir) throws IOException {
		Path doc = dir.resolve("plan.txt");
		Files.writeString(doc, """
				徐州市人民政府办公室
				关于做好结对帮扶工作的通知
				徐州市与宿迁市结对合作。2022年，徐州市向宿迁市拨付帮扶资金3000万元。鼓楼区负责推进。
				徐州市人民政府办公室
				2023年5月12日
				""", StandardCharsets.UTF_8);
		Path out = dir.resolve("out");
		CommandRun run = CommandRun.of(List.of("extract", "--out", out.toString(), doc.toString()));
		assertThat(run.exit()).as(run.err()).isZero();
		String json = Files.readString(out.resolve("plan.json"), StandardCharsets.UTF_8).replaceAll("\\s", "");
		assertThat(json).contains("\"year\":2023,\"date\":\"2023-05-12\",\"year_source\":\"ISSUE_DATE\"");
		assertThat(json).contains("\"name\":\"徐州市\",\"type\":\"City\",\"aliases\":[],\"code\":\"320300\"");
		assertThat(json).contains("\"name\":\"鼓楼区\",\"type\":\"County\",\"aliases\":[],\"code\":\"320302\"");
		assertThat(json).containsPattern("\"type\":\"FUNDS\",\"from\":\"徐州市\",\"to\":\"宿迁市\",\"amount_cny\":30000000,\"year\":2022");

		Path vague = dir.resolve("vague.txt");
		Files.writeString(vague, "鼓楼区召开对口协作推进会议。", StandardCharsets.UTF_8);
		CommandRun second = CommandRun.of(List.of("extract", "--out", out.toString(), vague.toString()));
		assertThat(second.exit()).as(second.err()).isZero();
		String vagueJson = Files.readString(out.resolve("vague.json"), StandardCharsets.UTF_8).replaceAll("\\s", "");
		assertThat(vagueJson).contains("\"year\":null,\"date\":null,\"year_source\":\"NONE\"");
		assertThat(vagueJson).contains("\"ambiguous\":true,\"candidates\":[\"320106\",\"320302\",\"350102\",\"410204\"]");
	}

}
