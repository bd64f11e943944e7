package org.coopgraph.extract.place;

import java.util.List;

import org.assertj.core.groups.Tuple;
import org.coopgraph.extract.SharedExtractor;
import org.coopgraph.extract.gazetteer.DivisionGazetteer;
import org.coopgraph.extract.model.DocumentExtraction;
import org.coopgraph.extract.model.ExtractedEntity;
import org.coopgraph.extract.model.RelationType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Former names of renamed divisions resolve to today's division and code, the old form kept as an alias. */
class FormerNameTests {

	private static ExtractedEntity entity(DocumentExtraction d, String name) {
		return d.entities().stream().filter((e) -> e.name().equals(name)).findFirst().orElseThrow(
				() -> new AssertionError(name + " not among " + d.entities()));
	}

	private static List<Tuple> relations(DocumentExtraction d, RelationType type) {
		return d.relations().stream().filter((r) -> r.type() == type).map((r) -> tuple(r.from(), r.to())).toList();
	}

	@Test
	void readsACountyThatBecameACityOrADistrictUnderTodaysNameAndCode() {
		DocumentExtraction d = SharedExtractor.INSTANCE.extract("former.txt",
				"2010年，镇江市句容县与宿迁市泗阳县签订结对协议，南京市高淳县向泗阳县拨付帮扶资金200万元。");
		assertThat(entity(d, "句容市")).extracting(ExtractedEntity::code, ExtractedEntity::aliases)
			.containsExactly("321183", List.of("句容县"));
		assertThat(entity(d, "高淳区")).extracting(ExtractedEntity::code, ExtractedEntity::aliases)
			.containsExactly("320118", List.of("高淳县"));
		assertThat(relations(d, RelationType.FUNDS)).containsExactly(tuple("高淳区", "泗阳县"));
	}

	@Test
	void readsACityWhoseNameChangedUnderItsNewName() {
		DocumentExtraction d = SharedExtractor.INSTANCE.extract("renamed.txt",
				"襄樊市与思茅市结对开展对口协作，毕节地区与甲市共建产业园。");
		assertThat(d.entities()).extracting(ExtractedEntity::name, ExtractedEntity::code)
			.contains(tuple("襄阳市", "420600"), tuple("普洱市", "530800"), tuple("毕节市", "520500"));
		assertThat(entity(d, "襄阳市").aliases()).contains("襄樊市");
		assertThat(relations(d, RelationType.PAIRS_WITH)).contains(tuple("襄阳市", "普洱市"));
	}

	@Test
	void oldAndNewNamesInOneDocumentAreOnePlace() {
		DocumentExtraction d = SharedExtractor.INSTANCE.extract("both.txt",
				"原郫县于2016年撤县设区，今郫都区与阿坝州汶川县结对帮扶，郫县企业落户汶川县。");
		assertThat(d.entities()).filteredOn((e) -> "510117".equals(e.code()))
			.singleElement()
			.satisfies((e) -> {
				assertThat(e.name()).isEqualTo("郫都区");
				assertThat(e.aliases()).contains("郫县");
			});
	}

	@Test
	void everyFormerNameInTheTablePointsAtADivisionOfToday() {
		DivisionGazetteer gazetteer = DivisionGazetteer.shared();
		for (String former : List.of("溧水县", "襄樊市", "伊克昭盟", "万县市", "户县", "绍兴县")) {
			assertThat(gazetteer.fullNames().get(former)).as(former).singleElement().satisfies((d) -> {
				assertThat(gazetteer.byCode(d.code())).isSameAs(d);
				assertThat(d.name()).isNotEqualTo(former);
			});
		}
	}

}
