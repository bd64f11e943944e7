package org.coopgraph.extract;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.coopgraph.extract.model.DocumentExtraction;
import org.coopgraph.extract.model.ExtractedEntity;
import org.coopgraph.extract.model.ExtractedRelation;
import org.coopgraph.extract.model.ExtractedTask;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every regression case in {@code cases/*.json}: an input text and the facts it must yield (entities with
 * types, relations, tasks with their units and deadlines) and, optionally, entity names it must not yield.
 */
class ExtractionCasesTests {

	static Stream<Named<Path>> cases() throws IOException, URISyntaxException {
		Path dir = Path.of(Objects.requireNonNull(ExtractionCasesTests.class.getResource("/cases")).toURI());
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter((p) -> p.toString().endsWith(".json"))
				.sorted()
				.map((p) -> Named.of(p.getFileName().toString(), p))
				.toList()
				.stream();
		}
	}

	@ParameterizedTest
	@MethodSource("cases")
	@SuppressWarnings("unchecked")
	void extractsTheExpectedFacts(Path file) throws IOException {
		Map<String, Object> c = (Map<String, Object>) MiniJson.parse(Files.readString(file, StandardCharsets.UTF_8));
		DocumentExtraction d = SharedExtractor.INSTANCE.extract(file.getFileName().toString(), (String) c.get("text"));
		Map<String, Object> expect = (Map<String, Object>) c.getOrDefault("expect", Map.of());
		for (Object o : (List<Object>) expect.getOrDefault("entities", List.of())) {
			Map<String, Object> e = (Map<String, Object>) o;
			assertThat(d.entities()).as("entity %s", e)
				.anySatisfy((ExtractedEntity x) -> {
					assertThat(x.name()).isEqualTo(e.get("name"));
					assertThat(x.type().label()).isEqualTo(e.get("type"));
					if (e.containsKey("aliases")) {
						assertThat(x.aliases()).containsAll((List<String>) e.get("aliases"));
					}
				});
		}
		for (Object o : (List<Object>) expect.getOrDefault("relations", List.of())) {
			Map<String, Object> r = (Map<String, Object>) o;
			assertThat(d.relations()).as("relation %s", r).anySatisfy((ExtractedRelation x) -> {
				assertThat(x.type().name()).isEqualTo(r.get("type"));
				if ("PAIRS_WITH".equals(r.get("type"))) {
					assertThat(List.of(x.from(), x.to())).containsExactlyInAnyOrder((String) r.get("from"), (String) r.get("to"));
				}
				else {
					assertThat(x.from()).isEqualTo(r.get("from"));
					assertThat(x.to()).isEqualTo(r.get("to"));
				}
				if (r.get("amount_cny") != null) {
					assertThat(x.amountCny()).isEqualTo(((Number) r.get("amount_cny")).longValue());
				}
				assertThat(x.evidence().start()).isGreaterThanOrEqualTo(0);
			});
		}
		for (Object o : (List<Object>) expect.getOrDefault("tasks", List.of())) {
			Map<String, Object> t = (Map<String, Object>) o;
			assertThat(d.tasks()).as("task %s", t).anySatisfy((ExtractedTask x) -> {
				assertThat(x.id()).isEqualTo(t.get("id"));
				if (t.containsKey("text_starts")) {
					assertThat(x.text()).startsWith((String) t.get("text_starts"));
				}
				if (t.containsKey("responsible")) {
					assertThat(x.responsible()).containsExactlyElementsOf((List<String>) t.get("responsible"));
				}
				if (t.containsKey("lead")) {
					assertThat(x.lead()).containsExactlyElementsOf((List<String>) t.get("lead"));
				}
				if (t.containsKey("deadline")) {
					assertThat(x.deadline()).isEqualTo(t.get("deadline"));
				}
			});
		}
		if (expect.containsKey("task_count")) {
			assertThat(d.tasks()).hasSize(((Number) expect.get("task_count")).intValue());
		}
		Map<String, Object> absent = (Map<String, Object>) c.getOrDefault("absent", Map.of());
		for (Object name : (List<Object>) absent.getOrDefault("entities", List.of())) {
			assertThat(d.entities()).as("no entity %s", name)
				.noneSatisfy((ExtractedEntity x) -> assertThat(x.name()).isEqualTo(name));
		}
	}

}
