package org.coopgraph.bench.generate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.coopgraph.extract.model.EntityType;
import org.coopgraph.extract.model.RelationType;
import org.coopgraph.bench.bulk.BulkGraph;
import org.coopgraph.bench.bulk.Endpoint;
import org.coopgraph.bench.bulk.NodeGroup;
import org.coopgraph.bench.bulk.RelationshipGroup;

/**
 * A generated cooperation graph held as compact columns (ints and strings), from which the rows of every node and
 * relationship are built on demand, with the same properties {@code GraphWriter} stores: entities with aliases,
 * tasks, documents, fact relationships with provenance ({@code document}, {@code evidence}, {@code start},
 * {@code end}, {@code rule}; a responsibility for a task only {@code document} and {@code rule}, the task holding its
 * evidence) and their document's {@code year}, {@code MENTIONS} and {@code CONTAINS}. Places of the
 * division table are keyed by their official code and carry {@code code}, {@code level} and {@code province}; each is
 * linked by {@code IN_DIVISION} to the division it lies in, up to its province, a {@code :Entity:Province} node;
 * documents carry the {@code year} their title states. Immutable once built; safe to read from many threads.
 */
public final class SyntheticGraph implements BulkGraph {

	/** The rule name stored on generated facts, so they can never be mistaken for extracted ones. */
	static final String RULE = "generated";

	/** Documents are dated over this many years from {@link #FIRST_YEAR}, and facts by their document. */
	static final int FIRST_YEAR = 2019;

	static final int YEARS = 6;

	private static final OffsetDateTime INGESTED_AT = OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

	final List<String> entityNames = new ArrayList<>();

	final List<String> entityAliases = new ArrayList<>();

	final IntColumn entityTypes = new IntColumn();

	/** The official code of each place from the division table (320200), null for other entities. */
	final List<String> entityCodes = new ArrayList<>();

	/** The province code of each place from the division table (320000), null for other entities. */
	final List<String> entityProvinces = new ArrayList<>();

	/** The key of the division each place lies in (a province's code for a city), null for other entities. */
	final List<String> entityParentKeys = new ArrayList<>();

	/** The provinces those places lie in, code to name: {@code :Entity:Province} nodes, as the writer adds them. */
	final Map<String, String> provinces = new TreeMap<>();

	final List<String> documentNames = new ArrayList<>();

	final List<String> documentTitles = new ArrayList<>();

	final IntColumn documentChars = new IntColumn();

	final IntColumn documentYears = new IntColumn();

	final IntColumn taskDocument = new IntColumn();

	final IntColumn taskNumber = new IntColumn();

	final IntColumn taskProject = new IntColumn();

	final IntColumn taskVerb = new IntColumn();

	final IntColumn taskMonth = new IntColumn();

	final IntColumn taskStart = new IntColumn();

	final Map<RelationType, Facts> facts = new EnumMap<>(RelationType.class);

	long[] mentions = new long[0];

	SyntheticGraph() {
		for (RelationType type : RelationType.values()) {
			this.facts.put(type, new Facts());
		}
	}

	/** Relationships of one type as columns: endpoints, the stating document, offset and amount in 万元. */
	static final class Facts {

		final IntColumn from = new IntColumn();

		final IntColumn to = new IntColumn();

		final IntColumn document = new IntColumn();

		final IntColumn start = new IntColumn();

		final IntColumn amountWan = new IntColumn();

		int size() {
			return this.from.size();
		}

	}

	public int entityCount() {
		return this.entityNames.size();
	}

	public int taskCount() {
		return this.taskDocument.size();
	}

	public int documentCount() {
		return this.documentNames.size();
	}

	public String entityName(int entity) {
		return this.entityNames.get(entity);
	}

	/** The node key: a place's division code, else the canonical name, as the graph writer keys entities. */
	public String entityKey(int entity) {
		String code = this.entityCodes.get(entity);
		return (code != null) ? code : this.entityNames.get(entity);
	}

	public String entityAlias(int entity) {
		return this.entityAliases.get(entity);
	}

	public EntityType entityType(int entity) {
		return EntityType.values()[this.entityTypes.get(entity)];
	}

	/** The code of the province a place lies in, null for entities that are not places of the division table. */
	public String entityProvince(int entity) {
		return this.entityProvinces.get(entity);
	}

	/** How many relationships of {@code type} there are, and the endpoints of the i-th. */
	public int factCount(RelationType type) {
		return this.facts.get(type).size();
	}

	public int factFrom(RelationType type, int i) {
		return this.facts.get(type).from.get(i);
	}

	public int factTo(RelationType type, int i) {
		return this.facts.get(type).to.get(i);
	}

	public String taskKey(int task) {
		return this.documentNames.get(this.taskDocument.get(task)) + "#" + this.taskNumber.get(task);
	}

	@Override
	public List<NodeGroup> nodeGroups() {
		List<NodeGroup> groups = new ArrayList<>();
		for (EntityType type : EntityType.values()) {
			IntColumn ids = new IntColumn();
			for (int e = 0; e < entityCount(); e++) {
				if (this.entityTypes.get(e) == type.ordinal()) {
					ids.add(e);
				}
			}
			if (ids.size() > 0) {
				groups.add(new NodeGroup(List.of("Entity", type.label()), ids.size(), (i) -> entityRow(ids.get(i))));
			}
		}
		List<String> provinceCodes = List.copyOf(this.provinces.keySet());
		if (!provinceCodes.isEmpty()) {
			groups.add(new NodeGroup(List.of("Entity", "Province"), provinceCodes.size(),
					(i) -> provinceRow(provinceCodes.get(i))));
		}
		groups.add(new NodeGroup(List.of("Document"), documentCount(), this::documentRow));
		groups.add(new NodeGroup(List.of("Task"), taskCount(), this::taskRow));
		return groups;
	}

	@Override
	public List<RelationshipGroup> relationshipGroups() {
		List<RelationshipGroup> groups = new ArrayList<>();
		for (RelationType type : RelationType.values()) {
			Facts f = this.facts.get(type);
			if (f.size() == 0) {
				continue;
			}
			Endpoint to = isTaskRelation(type) ? Endpoint.TASK : Endpoint.ENTITY;
			groups.add(new RelationshipGroup(type.name(), Endpoint.ENTITY, to, f.size(), (i) -> factRow(type, i)));
		}
		IntColumn places = new IntColumn();
		for (int e = 0; e < entityCount(); e++) {
			if (this.entityParentKeys.get(e) != null) {
				places.add(e);
			}
		}
		// The writer stores no properties on the link from a place to the division it lies in.
		groups.add(new RelationshipGroup("IN_DIVISION", Endpoint.ENTITY, Endpoint.ENTITY, places.size(),
				(i) -> Map.of("from", entityKey(places.get(i)), "to", this.entityParentKeys.get(places.get(i)), "props",
						Map.of())));
		groups.add(new RelationshipGroup("MENTIONS", Endpoint.DOCUMENT, Endpoint.ENTITY, this.mentions.length,
				this::mentionRow));
		groups.add(new RelationshipGroup("CONTAINS", Endpoint.DOCUMENT, Endpoint.TASK, taskCount(),
				(t) -> Map.of("from", this.documentNames.get(this.taskDocument.get(t)), "to", taskKey(t), "props",
						Map.of())));
		return groups;
	}

	/** The row of the i-th fact of {@code type}: {@code {from, to, props}} with provenance. */
	public Map<String, Object> factRow(RelationType type, int i) {
		Facts f = this.facts.get(type);
		int document = f.document.get(i);
		Map<String, Object> props = new HashMap<>();
		props.put("document", this.documentNames.get(document));
		props.put("rule", RULE);
		if (isTaskRelation(type)) {
			// As the service stores it: a responsibility's evidence and offsets are its task's.
			return Map.of("from", entityKey(f.from.get(i)), "to", taskKey(f.to.get(i)), "props", props);
		}
		String evidence = evidence(type, f.from.get(i), f.to.get(i), f.amountWan.get(i));
		int start = f.start.get(i);
		props.put("evidence", evidence);
		props.put("start", start);
		props.put("end", start + evidence.length());
		if (type == RelationType.FUNDS) {
			props.put("amountCny", f.amountWan.get(i) * 10_000.0);
		}
		props.put("year", this.documentYears.get(document));
		return Map.of("from", entityKey(f.from.get(i)), "to", entityKey(f.to.get(i)), "props", props);
	}

	static boolean isTaskRelation(RelationType type) {
		return type == RelationType.LEADS || type == RelationType.CO_RESPONSIBLE
				|| type == RelationType.RESPONSIBLE_FOR;
	}

	/** The sentence that states a fact between two entities. */
	String evidence(RelationType type, int from, int to, int amountWan) {
		String a = this.entityNames.get(from);
		String b = this.entityNames.get(to);
		return switch (type) {
			case PAIRS_WITH -> a + "与" + b + "建立结对帮扶合作关系。";
			case LOCATED_IN -> a + "位于" + b + "。";
			case CO_BUILDS -> a + "与合作方共建" + b + "。";
			case FUNDS -> a + "向" + b + "投入帮扶资金" + amountWan + "万元。";
			default -> throw new IllegalArgumentException(type + " links an entity to a task");
		};
	}

	String taskText(int task) {
		int month = this.taskMonth.get(task);
		String deadline = (month == 0) ? "" : "，" + month + "月底前完成";
		return NamePools.TASK_VERBS.get(this.taskVerb.get(task)) + this.entityNames.get(this.taskProject.get(task))
				+ deadline + "。";
	}

	private Map<String, Object> entityRow(int e) {
		String alias = this.entityAliases.get(e);
		List<String> aliases = (alias == null) ? List.of() : List.of(alias);
		Map<String, Object> row = new HashMap<>(Map.of("key", entityKey(e), "name", this.entityNames.get(e), "type",
				entityType(e).name(), "aliases", aliases, "searchAliases", (alias == null) ? "" : " " + alias,
				"candidates", List.of()));
		if (this.entityCodes.get(e) != null) {
			row.put("code", this.entityCodes.get(e));
			row.put("level", entityType(e).name());
			row.put("province", this.entityProvinces.get(e));
		}
		return row;
	}

	private Map<String, Object> provinceRow(String code) {
		return Map.of("key", code, "name", this.provinces.get(code), "type", "PROVINCE", "code", code, "level",
				"PROVINCE", "province", code, "aliases", List.of(), "searchAliases", "", "candidates", List.of());
	}

	private Map<String, Object> documentRow(int d) {
		String name = this.documentNames.get(d);
		return Map.of("key", name, "name", name, "title", this.documentTitles.get(d), "sha256", sha256(name), "format",
				"text", "chars", this.documentChars.get(d), "ingestedAt", INGESTED_AT, "year", this.documentYears.get(d),
				"yearSource", "TITLE");
	}

	private Map<String, Object> taskRow(int t) {
		String text = taskText(t);
		int month = this.taskMonth.get(t);
		Map<String, Object> row = new HashMap<>();
		row.put("key", taskKey(t));
		row.put("taskId", String.valueOf(this.taskNumber.get(t)));
		row.put("document", this.documentNames.get(this.taskDocument.get(t)));
		row.put("text", text);
		row.put("deadline", (month == 0) ? null : month + "月底前");
		row.put("evidence", text);
		row.put("start", this.taskStart.get(t));
		row.put("end", this.taskStart.get(t) + text.length());
		return row;
	}

	private Map<String, Object> mentionRow(int i) {
		long pair = this.mentions[i];
		int entity = (int) pair;
		String alias = this.entityAliases.get(entity);
		return Map.of("from", this.documentNames.get((int) (pair >>> 32)), "to", entityKey(entity), "props",
				Map.of("aliases", (alias == null) ? List.of() : List.of(alias)));
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
