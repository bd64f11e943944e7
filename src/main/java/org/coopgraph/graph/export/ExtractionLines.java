package org.coopgraph.graph.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.coopgraph.extract.model.EntityType;
import org.coopgraph.extract.model.RelationType;
import org.coopgraph.graph.DivisionTree;
import org.coopgraph.graph.FactTypes;
import org.coopgraph.graph.WriteTransactions;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes {@code extractions.jsonl}: for every document, one line in the gold-annotation shape
 * ({@code doc, entities[name, type, aliases], relations[type, from, to, amount_cny, evidence],
 * tasks[id, text, responsible, lead, deadline]}) rebuilt from what the graph stores for it, with the document's
 * {@code year} and {@code year_source}, each coded place's {@code code} and each relation's {@code year}. As in the annotations, a
 * unit that leads or co-owns a task is also listed as {@code RESPONSIBLE_FOR} it, and entity aliases are the forms
 * this document used. Documents are streamed one at a time in one read transaction.
 */
final class ExtractionLines {

	static final String FILE = "extractions.jsonl";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String EXTRACTIONS = """
			MATCH (d:Document)
			WITH d ORDER BY d.key
			RETURN d.key AS doc, d.year AS year, coalesce(d.yearSource, 'NONE') AS yearSource,
			  COLLECT {
			    MATCH (d)-[m:MENTIONS]->(e:Entity)
			    RETURN {name: e.name, type: e.type, aliases: m.aliases, code: e.code} AS entity ORDER BY e.name
			  } AS entities,
			  COLLECT {
			    MATCH (d)-[:MENTIONS]->(a:Entity)-[r:%1$s]->(b:Entity)
			    WHERE r.document = d.key
			    RETURN {type: type(r), from: a.name, to: b.name, amount_cny: r.amountCny, evidence: r.evidence,
			            year: r.year}
			      AS relation ORDER BY r.start, type(r), a.name, b.name
			  } AS relations,
			  COLLECT {
			    MATCH (d)-[:CONTAINS]->(t:Task)
			    RETURN {id: t.taskId, text: t.text, deadline: coalesce(t.deadline, ''), evidence: t.evidence,
			            units: COLLECT {
			              MATCH (t)<-[r:%2$s]-(u:Entity)
			              RETURN {name: u.name, type: type(r)} AS unit ORDER BY u.name
			            }} AS task ORDER BY t.start, t.taskId
			  } AS tasks"""
		.formatted(FactTypes.BETWEEN_ENTITIES, FactTypes.TO_TASKS);

	private ExtractionLines() {
	}

	static ExportResult write(WriteTransactions transactions, Path folder) {
		Path path = folder.resolve(FILE);
		long lines = transactions.stream(EXTRACTIONS, Map.of(), (result) -> {
			try (BufferedWriter out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
				return write(result, out);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		return new ExportResult(List.of(new ExportResult.ExportedFile(path, lines)));
	}

	private static long write(Iterator<Record> result, BufferedWriter out) throws IOException {
		long lines = 0;
		while (result.hasNext()) {
			out.write(JSON.writeValueAsString(extraction(result.next())));
			out.write('\n');
			lines++;
		}
		return lines;
	}

	static Map<String, Object> extraction(Record record) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("doc", record.get("doc").asString());
		json.put("year", record.get("year").isNull() ? null : record.get("year").asInt());
		json.put("year_source", record.get("yearSource").asString());
		json.put("entities", record.get("entities").asList(ExtractionLines::entity));
		List<Map<String, Object>> relations = new ArrayList<>(
				record.get("relations").asList((v) -> new LinkedHashMap<>(v.asMap())));
		List<Map<String, Object>> tasks = new ArrayList<>();
		for (Value task : record.get("tasks").values()) {
			tasks.add(task(task, relations));
		}
		json.put("relations", relations);
		json.put("tasks", tasks);
		return json;
	}

	private static Map<String, Object> entity(Value value) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("name", value.get("name").asString());
		String type = value.get("type").asString();
		// A province is a graph-only type, with no label in the annotation conventions but its own.
		json.put("type", DivisionTree.PROVINCE_TYPE.equals(type) ? DivisionTree.PROVINCE_LABEL
				: EntityType.valueOf(type).label());
		json.put("aliases", value.get("aliases").isNull() ? List.of() : value.get("aliases").asList(Value::asString));
		if (!value.get("code").isNull()) {
			json.put("code", value.get("code").asString());
		}
		return json;
	}

	/** The task's JSON; adds its responsibility relations to {@code relations}, as the annotations list them. */
	private static Map<String, Object> task(Value task, List<Map<String, Object>> relations) {
		String id = task.get("id").asString();
		Set<String> responsible = new LinkedHashSet<>();
		Set<String> lead = new LinkedHashSet<>();
		for (Value unit : task.get("units").values()) {
			String name = unit.get("name").asString();
			String type = unit.get("type").asString();
			responsible.add(name);
			relations.add(relation(RelationType.RESPONSIBLE_FOR.name(), name, id, task.get("evidence")));
			if (!RelationType.RESPONSIBLE_FOR.name().equals(type)) {
				relations.add(relation(type, name, id, task.get("evidence")));
			}
			if ("LEADS".equals(type)) {
				lead.add(name);
			}
		}
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", id);
		json.put("text", task.get("text").asString(""));
		json.put("responsible", List.copyOf(responsible));
		json.put("lead", List.copyOf(lead));
		json.put("deadline", task.get("deadline").asString(""));
		return json;
	}

	private static Map<String, Object> relation(String type, String from, String taskId, Value evidence) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("type", type);
		json.put("from", from);
		json.put("to", taskId);
		json.put("amount_cny", null);
		json.put("evidence", evidence.asString(""));
		return json;
	}

}
