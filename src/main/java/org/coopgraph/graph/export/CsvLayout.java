package org.coopgraph.graph.export;

import java.util.List;

import org.coopgraph.graph.FactTypes;

import static org.coopgraph.graph.export.CsvColumn.date;
import static org.coopgraph.graph.export.CsvColumn.datetime;
import static org.coopgraph.graph.export.CsvColumn.endId;
import static org.coopgraph.graph.export.CsvColumn.id;
import static org.coopgraph.graph.export.CsvColumn.labels;
import static org.coopgraph.graph.export.CsvColumn.longValue;
import static org.coopgraph.graph.export.CsvColumn.startId;
import static org.coopgraph.graph.export.CsvColumn.string;
import static org.coopgraph.graph.export.CsvColumn.strings;
import static org.coopgraph.graph.export.CsvColumn.stringsIfAny;
import static org.coopgraph.graph.export.CsvColumn.type;

/**
 * The files of a CSV export, in the order they must be loaded (nodes before the relationships between them). Each
 * of the three node kinds has its own ID space, so a document and an entity may share a key. The one place that
 * says which property goes in which column: the exporter writes and {@link LoadScript} reads from it.
 */
final class CsvLayout {

	private static final String DOCUMENTS = """
			MATCH (d:Document)
			RETURN d.key, d.name, d.title, d.sha256, d.format, d.chars, toString(d.ingestedAt), d.extractor,
			       d.extraction, d.extractionProblems, d.year, toString(d.date), d.yearSource, labels(d)
			ORDER BY d.key""";

	private static final String ENTITIES = """
			MATCH (e:Entity)
			RETURN e.key, e.name, e.type, e.aliases, e.searchAliases, e.code, e.level, e.province, e.candidates,
			       labels(e)
			ORDER BY e.key""";

	private static final String TASKS = """
			MATCH (t:Task)
			RETURN t.key, t.taskId, t.document, t.text, t.deadline, toString(t.dueDate), t.evidence, t.start, t.end,
			       labels(t)
			ORDER BY t.key""";

	private static final String MENTIONS = """
			MATCH (d:Document)-[m:MENTIONS]->(e:Entity)
			RETURN d.key, e.key, type(m), m.aliases, m.candidates
			ORDER BY d.key, e.key""";

	private static final String CONTAINS = """
			MATCH (d:Document)-[c:CONTAINS]->(t:Task)
			RETURN d.key, t.key, type(c)
			ORDER BY d.key, t.key""";

	private static final String FACTS = """
			MATCH (a:Entity)-[r:%1$s]->(b:Entity)
			RETURN a.key, b.key, type(r), r.document, r.evidence, r.start, r.end, r.rule, r.amountCny, r.year
			ORDER BY r.document, r.start, a.key, b.key"""
		.formatted(FactTypes.BETWEEN_ENTITIES);

	// The hierarchy from the division table: no provenance of its own.
	private static final String DIVISIONS = """
			MATCH (a:Entity)-[r:IN_DIVISION]->(b:Entity)
			RETURN a.key, b.key, type(r)
			ORDER BY a.key""";

	// A responsibility's evidence and offsets are its task's (tasks.csv).
	private static final String RESPONSIBILITIES = """
			MATCH (e:Entity)-[r:%1$s]->(t:Task)
			RETURN e.key, t.key, type(r), r.document, r.rule
			ORDER BY t.key, e.key"""
		.formatted(FactTypes.TO_TASKS);

	static final List<CsvFile> FILES = List.of(
			CsvFile.nodes("documents.csv", "Document", List.of(id("Document"), string("name"), string("title"),
					string("sha256"), string("format"), longValue("chars"), datetime("ingestedAt"), string("extractor"),
					string("extraction"), strings("extractionProblems"), longValue("year"), date("date"),
					string("yearSource"), labels()),
					DOCUMENTS),
			CsvFile.nodes("entities.csv", "Entity",
					List.of(id("Entity"), string("name"), string("type"), strings("aliases"),
							string("searchAliases"), string("code"), string("level"), string("province"),
							strings("candidates"), labels()),
					ENTITIES),
			CsvFile.nodes("tasks.csv", "Task",
					List.of(id("Task"), string("taskId"), string("document"), string("text"), string("deadline"),
							date("dueDate"), string("evidence"), longValue("start"), longValue("end"), labels()),
					TASKS),
			CsvFile.relationships("mentions.csv", "Document", "Entity",
					List.of(startId("Document"), endId("Entity"), type(), strings("aliases"),
							stringsIfAny("candidates")),
					MENTIONS),
			CsvFile.relationships("contains.csv", "Document", "Task",
					List.of(startId("Document"), endId("Task"), type()), CONTAINS),
			CsvFile.relationships("facts.csv", "Entity", "Entity",
					List.of(startId("Entity"), endId("Entity"), type(), string("document"), string("evidence"),
							longValue("start"), longValue("end"), string("rule"), longValue("amountCny"),
							longValue("year")),
					FACTS),
			CsvFile.relationships("divisions.csv", "Entity", "Entity",
					List.of(startId("Entity"), endId("Entity"), type()), DIVISIONS),
			CsvFile.relationships("responsibilities.csv", "Entity", "Task",
					List.of(startId("Entity"), endId("Task"), type(), string("document"), string("rule")),
					RESPONSIBILITIES));

	private CsvLayout() {
	}

}
