package org.coopgraph.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * A small cooperation graph written on top of the seeded one, so that the explorer, Neo4j Browser and the query
 * library have facts of every kind to show whatever the extractor currently finds: a pairing, funding with amounts,
 * a co-built park and where it lies, a department's tasks with deadlines. Entities are found by their real names (an
 * extracted 连云港市 is reused, whatever its key: places are keyed by division code), facts carry the seed documents' names so the library's defaults find them, and
 * everything written is marked so {@link #remove()} takes back exactly what {@link #write()} added.
 */
public final class ExplorerFixture {

	public static final String MARKER = "explorer-fixture";

	static final String PLAN = "wuxi-lianyungang-2023-plan.txt";

	static final String PAIRING = "jiangsu-north-south-pairing.txt";

	static final String RUGAO = "rugao-yangxian-2023-plan.txt";

	private static final String WRITE_ENTITIES = """
			UNWIND $rows AS row
			OPTIONAL MATCH (found:Entity {name: row.name})
			WITH row, count(found) AS existing
			WHERE existing = 0
			CREATE (e:Entity {key: row.name})
			SET e:$(row.label), e.name = row.name, e.type = row.type, e.aliases = row.aliases,
			    e.searchAliases = reduce(s = '', a IN row.aliases | s + ' ' + a), e.fixture = $marker""";

	private static final String WRITE_RELATIONS = """
			UNWIND $rows AS row
			CALL (row) { MATCH (a:Entity {name: row.from}) RETURN a ORDER BY a.key LIMIT 1 }
			CALL (row) { MATCH (b:Entity {name: row.to}) RETURN b ORDER BY b.key LIMIT 1 }
			MERGE (d:Document {key: row.document})
			  ON CREATE SET d.name = row.document, d.title = row.document, d.fixture = $marker
			CREATE (a)-[r:$(row.type) {document: row.document, evidence: row.evidence, rule: $marker}]->(b)
			SET r.amountCny = row.amountCny
			WITH d, a, b
			UNWIND [a, b] AS mentioned
			MERGE (d)-[m:MENTIONS {fixture: $marker}]->(mentioned)
			  ON CREATE SET m.aliases = mentioned.aliases""";

	private static final String WRITE_TASKS = """
			UNWIND $rows AS row
			MERGE (d:Document {key: row.document})
			  ON CREATE SET d.name = row.document, d.title = row.document, d.fixture = $marker
			CREATE (t:Task {key: row.document + '#' + row.taskId, taskId: row.taskId, document: row.document,
			                text: row.text, deadline: row.deadline, evidence: row.text, fixture: $marker})
			CREATE (d)-[:CONTAINS {fixture: $marker}]->(t)
			WITH d, t, row
			UNWIND row.units AS unit
			CALL (unit) { MATCH (e:Entity {name: unit.name}) RETURN e ORDER BY e.key LIMIT 1 }
			CREATE (e)-[:$(unit.role) {document: row.document, evidence: row.text, rule: $marker}]->(t)
			MERGE (d)-[m:MENTIONS {fixture: $marker}]->(e)
			  ON CREATE SET m.aliases = e.aliases""";

	private static final String REMOVE_RELATIONSHIPS = """
			MATCH ()-[r]->() WHERE r.rule = $marker OR r.fixture = $marker DELETE r""";

	private static final String REMOVE_NODES = """
			MATCH (n) WHERE n.fixture = $marker DETACH DELETE n""";

	private final Driver driver;

	public ExplorerFixture(Driver driver) {
		this.driver = driver;
	}

	/** Writes the fixture, first removing any left by an earlier run. */
	public void write() {
		remove();
		try (Session session = this.driver.session()) {
			session.executeWriteWithoutResult((tx) -> {
				tx.run(WRITE_ENTITIES, Map.of("rows", entities(), "marker", MARKER)).consume();
				tx.run(WRITE_RELATIONS, Map.of("rows", relations(), "marker", MARKER)).consume();
				tx.run(WRITE_TASKS, Map.of("rows", tasks(), "marker", MARKER)).consume();
			});
		}
	}

	/** Removes every relationship and node the fixture created; entities that existed before are left as found. */
	public void remove() {
		try (Session session = this.driver.session()) {
			session.executeWriteWithoutResult((tx) -> {
				tx.run(REMOVE_RELATIONSHIPS, Map.of("marker", MARKER)).consume();
				tx.run(REMOVE_NODES, Map.of("marker", MARKER)).consume();
			});
		}
	}

	private static List<Map<String, Object>> entities() {
		return List.of(entity("连云港市", "City", "连云港"), entity("无锡市", "City", "无锡"),
				entity("灌云县", "County", "灌云"), entity("如皋市", "County", "如皋"), entity("洋县", "County"),
				entity("锡连共建产业园", "Park", "锡连产业园"),
				entity("连云港市发展和改革委员会", "Department", "市发改委", "连云港市发改委"),
				entity("无锡市发展和改革委员会", "Department", "无锡市发改委"));
	}

	private static List<Map<String, Object>> relations() {
		String park = "无锡市与连云港市合作共建锡连共建产业园，园区位于灌云县。";
		return List.of(
				relation("无锡市", "PAIRS_WITH", "连云港市", PLAN, "按照南北结对帮扶部署，无锡市与连云港市深化结对帮扶合作。", null),
				relation("无锡市", "FUNDS", "连云港市", PLAN, "无锡市安排对口帮扶资金3000万元，支持连云港市乡村振兴重点项目建设。", 3.0e7),
				relation("无锡市", "FUNDS", "灌云县", PLAN, "无锡市另安排帮扶资金500万元，用于灌云县园区配套设施建设。", 5.0e6),
				relation("无锡市", "CO_BUILDS", "锡连共建产业园", PLAN, park, null),
				relation("连云港市", "CO_BUILDS", "锡连共建产业园", PLAN, park, null),
				relation("锡连共建产业园", "LOCATED_IN", "灌云县", PLAN, park, null),
				relation("灌云县", "LOCATED_IN", "连云港市", PAIRING, "连云港市灌云县与无锡市有关板块开展结对合作。", null),
				relation("如皋市", "PAIRS_WITH", "洋县", RUGAO, "如皋市与洋县建立东西部协作结对帮扶关系。", null),
				relation("如皋市", "FUNDS", "洋县", RUGAO, "如皋市全年向洋县拨付财政帮扶资金1200万元。", 1.2e7));
	}

	private static List<Map<String, Object>> tasks() {
		return List.of(
				task("F1", "召开南北结对帮扶联席会议，研究部署年度合作重点。", "6月底前",
						unit("连云港市发展和改革委员会", "LEADS"), unit("无锡市发展和改革委员会", "CO_RESPONSIBLE")),
				task("F2", "编制年度帮扶项目清单并报送省发展改革委。", "3月底前",
						unit("连云港市发展和改革委员会", "RESPONSIBLE_FOR")));
	}

	private static Map<String, Object> entity(String name, String label, String... aliases) {
		List<String> all = new ArrayList<>(List.of(aliases));
		all.add(0, name);
		return Map.of("name", name, "label", label, "type", label.toUpperCase(), "aliases", all);
	}

	private static Map<String, Object> relation(String from, String type, String to, String document,
			String evidence, Double amountCny) {
		Map<String, Object> row = new HashMap<>();
		row.put("from", from);
		row.put("type", type);
		row.put("to", to);
		row.put("document", document);
		row.put("evidence", evidence);
		row.put("amountCny", amountCny);
		return row;
	}

	@SafeVarargs
	private static Map<String, Object> task(String taskId, String text, String deadline,
			Map<String, Object>... units) {
		return Map.of("taskId", taskId, "document", PLAN, "text", text, "deadline", deadline, "units",
				List.of(units));
	}

	private static Map<String, Object> unit(String name, String role) {
		return Map.of("name", name, "role", role);
	}

}
