package org.coopgraph.extract.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.coopgraph.extract.SharedExtractor;
import org.coopgraph.extract.model.DocumentExtraction;
import org.coopgraph.extract.model.ExtractedEntity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Place names that several divisions share, decided from their context or kept ambiguous: the set in
 * {@code shared-place-names.tsv} run through the real extractor, with its accuracy printed and held to a floor.
 */
class SharedPlaceNameTests {

	private static final String SET = "/org/coopgraph/extract/place/shared-place-names.tsv";

	/** The share of the set read right; the set was written to hold at least 30 mentions. */
	private static final double ACCURACY_FLOOR = 0.9;

	private record Case(String expected, String mention, String text) {
	}

	private static List<Case> cases() throws IOException {
		List<Case> out = new ArrayList<>();
		try (BufferedReader in = new BufferedReader(
				new InputStreamReader(SharedPlaceNameTests.class.getResourceAsStream(SET), StandardCharsets.UTF_8))) {
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				if (!line.isBlank() && !line.startsWith("#")) {
					String[] f = line.split("\t");
					out.add(new Case(f[0], f[1], f[2].replace("\\n", "\n")));
				}
			}
		}
		return out;
	}

	private static Optional<ExtractedEntity> entity(DocumentExtraction d, String name) {
		return d.entities().stream().filter((e) -> e.name().equals(name)).findFirst();
	}

	private static String reading(Optional<ExtractedEntity> e) {
		if (e.isEmpty()) {
			return "not found";
		}
		return e.get().ambiguous() ? "ambiguous" : String.valueOf(e.get().code());
	}

	@Test
	void decidesSharedNamesFromTheirContextOrKeepsThemAmbiguous() throws IOException {
		List<Case> cases = cases();
		List<String> wrong = new ArrayList<>();
		int ambiguous = 0;
		for (Case c : cases) {
			String got = reading(entity(SharedExtractor.INSTANCE.extract("shared.txt", c.text()), c.mention()));
			if (!got.equals(c.expected())) {
				wrong.add(c.mention() + " in \"" + c.text() + "\": expected " + c.expected() + ", got " + got);
			}
			ambiguous += c.expected().equals("ambiguous") ? 1 : 0;
		}
		double accuracy = (cases.size() - wrong.size()) / (double) cases.size();
		System.out.printf("shared place names: %d of %d right (accuracy %.3f; %d meant to stay ambiguous)%n%s%n",
				cases.size() - wrong.size(), cases.size(), accuracy, ambiguous, String.join("\n", wrong));
		assertThat(cases).hasSizeGreaterThanOrEqualTo(30);
		assertThat(accuracy).as(String.join("\n", wrong)).isGreaterThanOrEqualTo(ACCURACY_FLOOR);
	}

	@Test
	void listsEveryCandidateOfANameNothingDecides() {
		ExtractedEntity gulou = entity(SharedExtractor.INSTANCE.extract("gulou.txt", "鼓楼区召开对口协作推进会议。"), "鼓楼区")
			.orElseThrow();
		assertThat(gulou.code()).isNull();
		assertThat(gulou.candidates()).containsExactlyInAnyOrder("320106", "320302", "350102", "410204");
	}

	@Test
	void givesTheSameNameInTwoDocumentsTheDivisionEachIsAbout() {
		DocumentExtraction nanjing = SharedExtractor.INSTANCE.extract("nanjing.txt", """
				南京市对口协作工作领导小组办公室
				关于做好2023年结对帮扶工作的通知
				各区：
				今年，鼓楼区继续与结对县开展产业协作，鼓楼区财政安排帮扶资金500万元。""");
		DocumentExtraction xuzhou = SharedExtractor.INSTANCE.extract("xuzhou.txt", """
				徐州市召开对口帮扶工作推进会
				会议指出，鼓楼区要深化与睢宁县的结对合作，鼓楼区、泉山区共同推进园区建设。""");
		assertThat(entity(nanjing, "鼓楼区")).map(ExtractedEntity::code).contains("320106");
		assertThat(entity(xuzhou, "鼓楼区")).map(ExtractedEntity::code).contains("320302");
	}

}
