package org.coopgraph.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import tools.jackson.databind.json.JsonMapper;

/**
 * One document's facts in the shape of the gold annotations and of {@code coopgraph extract}'s output (see
 * {@code corpus/CONVENTIONS.md}). Missing fields read as empty, as {@code score.py} reads them.
 */
public record GoldDocument(String doc, List<Entity> entities, List<Relation> relations, List<Task> tasks) {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	/** An entity with its canonical name and the forms written in the text. */
	public record Entity(String name, String type, List<String> aliases) {

		List<String> names() {
			List<String> names = new ArrayList<>();
			names.add(this.name);
			names.addAll(this.aliases);
			return names;
		}

	}

	/** A relation between two named endpoints; {@code amountCny} is null when no amount is stated. */
	public record Relation(String type, String from, String to, Double amountCny, String evidence) {

	}

	/** A numbered task with the units named for it. */
	public record Task(String id, String text, List<String> responsible, List<String> lead, String deadline) {

	}

	/** Every {@code *.json} file of a folder, keyed by document stem ({@code a.txt}, {@code a.json}: {@code a}). */
	public static Map<String, GoldDocument> readFolder(Path folder) {
		Map<String, GoldDocument> documents = new TreeMap<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".json")).sorted().toList()) {
				GoldDocument document = read(file);
				String name = document.doc().isEmpty() ? file.getFileName().toString() : document.doc();
				documents.put(stem(name), document);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return documents;
	}

	@SuppressWarnings("unchecked")
	static GoldDocument read(Path file) throws IOException {
		Map<String, Object> json = MAPPER.readValue(Files.readString(file, StandardCharsets.UTF_8), Map.class);
		return new GoldDocument(text(json.get("doc")), list(json.get("entities"), GoldDocument::entity),
				list(json.get("relations"), GoldDocument::relation), list(json.get("tasks"), GoldDocument::task));
	}

	static String stem(String name) {
		String base = Path.of(name).getFileName().toString();
		int dot = base.lastIndexOf('.');
		return (dot > 0) ? base.substring(0, dot) : base;
	}

	private static Entity entity(Map<String, Object> json) {
		return new Entity(text(json.get("name")), text(json.get("type")), strings(json.get("aliases")));
	}

	private static Relation relation(Map<String, Object> json) {
		Object amount = json.get("amount_cny");
		return new Relation(text(json.get("type")), text(json.get("from")), text(json.get("to")),
				(amount instanceof Number number) ? number.doubleValue() : null, text(json.get("evidence")));
	}

	private static Task task(Map<String, Object> json) {
		return new Task(text(json.get("id")), text(json.get("text")), strings(json.get("responsible")),
				strings(json.get("lead")), text(json.get("deadline")));
	}

	@SuppressWarnings("unchecked")
	private static <T> List<T> list(Object json, java.util.function.Function<Map<String, Object>, T> reader) {
		if (json == null) {
			return List.of();
		}
		return ((List<Map<String, Object>>) json).stream().map(reader).toList();
	}

	@SuppressWarnings("unchecked")
	private static List<String> strings(Object json) {
		return (json == null) ? List.of() : ((List<Object>) json).stream().map(GoldDocument::text).toList();
	}

	private static String text(Object value) {
		return (value == null) ? "" : value.toString();
	}

}
