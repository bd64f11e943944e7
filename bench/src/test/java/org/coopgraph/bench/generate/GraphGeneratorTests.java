package org.coopgraph.bench.generate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.coopgraph.extract.model.EntityType;
import org.coopgraph.extract.model.RelationType;
import org.coopgraph.bench.bulk.NodeGroup;
import org.coopgraph.bench.bulk.RelationshipGroup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The generator makes the same realistic graph for the same seed, with every fact's endpoints present. */
class GraphGeneratorTests {

	@Test
	void sameSeedGivesTheSameGraph() {
		SyntheticGraph a = GraphGenerator.generate(2_000, 42);
		SyntheticGraph b = GraphGenerator.generate(2_000, 42);
		assertThat(a.relationshipCount()).isEqualTo(b.relationshipCount());
		for (int e = 0; e < a.entityCount(); e += 97) {
			assertThat(a.entityName(e)).isEqualTo(b.entityName(e));
		}
		assertThat(GraphGenerator.generate(2_000, 43).entityName(0)).isNotEqualTo(a.entityName(0));
	}

	@Test
	void givesTheAskedNumberOfEntitiesAndAboutFiveRelationshipsEach() {
		SyntheticGraph graph = GraphGenerator.generate(5_000, 1);
		assertThat(graph.entityCount()).isEqualTo(5_000);
		assertThat(graph.relationshipCount()).isGreaterThanOrEqualTo(5L * graph.entityCount());
		Set<EntityType> types = new HashSet<>();
		for (int e = 0; e < graph.entityCount(); e++) {
			types.add(graph.entityType(e));
		}
		assertThat(types).contains(EntityType.CITY, EntityType.COUNTY, EntityType.TOWN, EntityType.DEPARTMENT,
				EntityType.PARK, EntityType.ENTERPRISE, EntityType.PROJECT, EntityType.ORGANIZATION);
	}

	@Test
	void everyRelationshipEndsAtNodesOfTheGraphAndCarriesProvenance() {
		SyntheticGraph graph = GraphGenerator.generate(1_000, 3);
		Set<Object> keys = new HashSet<>();
		for (NodeGroup group : graph.nodeGroups()) {
			for (int i = 0; i < group.size(); i++) {
				assertThat(keys.add(group.row().apply(i).get("key"))).isTrue();
			}
		}
		for (RelationshipGroup group : graph.relationshipGroups()) {
			for (int i = 0; i < group.size(); i++) {
				Map<String, Object> row = group.row().apply(i);
				assertThat(keys).contains(row.get("from"), row.get("to"));
				if (!List.of("MENTIONS", "CONTAINS", "IN_DIVISION").contains(group.type())) {
					@SuppressWarnings("unchecked")
					Map<String, Object> props = (Map<String, Object>) row.get("props");
					assertThat(props).containsKeys("document", "rule");
					if (SyntheticGraph.isTaskRelation(RelationType.valueOf(group.type()))) {
						// A responsibility's evidence is its task's line, stored on the task only.
						assertThat(props).doesNotContainKeys("evidence", "start", "end");
						continue;
					}
					assertThat(props).containsKeys("evidence", "start", "end");
					assertThat((int) props.get("end") - (int) props.get("start"))
						.isEqualTo(((String) props.get("evidence")).length());
				}
			}
		}
	}

	@Test
	void placesAreKeyedByCodeAndLinkedUpToTheirProvinceAsTheWriterLinksThem() {
		SyntheticGraph graph = GraphGenerator.generate(2_000, 5);
		Map<Object, Map<String, Object>> nodes = new HashMap<>();
		for (NodeGroup group : graph.nodeGroups()) {
			for (int i = 0; i < group.size(); i++) {
				Map<String, Object> row = group.row().apply(i);
				nodes.put(row.get("key"), row);
			}
		}
		Map<Object, Object> parentOf = new HashMap<>();
		for (RelationshipGroup group : graph.relationshipGroups()) {
			for (int i = 0; group.type().equals("IN_DIVISION") && i < group.size(); i++) {
				Map<String, Object> row = group.row().apply(i);
				assertThat(parentOf.put(row.get("from"), row.get("to"))).isNull();
			}
		}
		int places = 0;
		for (int e = 0; e < graph.entityCount(); e++) {
			Map<String, Object> row = nodes.get(graph.entityKey(e));
			if (row.get("code") == null) {
				continue;
			}
			places++;
			assertThat(row).containsEntry("key", row.get("code")).containsEntry("level", graph.entityType(e).name());
			// Up the chain: each step a shorter code of the same province, ending at the province node.
			Object at = row.get("key");
			for (int step = 0; !"PROVINCE".equals(nodes.get(at).get("level")); step++) {
				assertThat(step).isLessThan(4);
				at = parentOf.get(at);
				assertThat(nodes).containsKey(at);
			}
			assertThat(at).isEqualTo(row.get("province"));
		}
		assertThat(places).isGreaterThan(100);
		assertThat(parentOf).hasSize(places);
		Set<Object> years = new HashSet<>();
		for (NodeGroup group : graph.nodeGroups()) {
			for (int i = 0; group.labels().contains("Document") && i < group.size(); i++) {
				years.add(group.row().apply(i).get("year"));
			}
		}
		assertThat(years).hasSizeGreaterThan(1).allSatisfy((year) -> assertThat((int) year).isBetween(2019, 2024));
	}

}
