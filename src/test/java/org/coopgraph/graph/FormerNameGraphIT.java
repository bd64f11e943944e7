package org.coopgraph.graph;

import java.util.List;
import java.util.Map;

import org.coopgraph.extract.SharedExtractor;
import org.coopgraph.support.CoopgraphIT;
import org.coopgraph.support.RunScopedDocuments;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** An older document's former name and a newer one's current name of a division meet on one node, keyed by its code. */
@CoopgraphIT
class FormerNameGraphIT {

	@Autowired
	GraphWriter writer;

	@Autowired
	Driver driver;

	@Test
	void formerAndCurrentNamesOfACityAreOneNodeKeyedByItsCode() {
		RunScopedDocuments docs = new RunScopedDocuments();
		String older = docs.document("former-name-", "2005.txt");
		String newer = docs.document("former-name-", "2023.txt");
		try {
			write(docs, older, "2005年，襄樊市与十堰市结对开展对口协作。");
			write(docs, newer, "2023年，襄阳市与十堰市深化结对合作。");
			Record city;
			try (Session session = this.driver.session()) {
				city = session.run("""
						MATCH (e:Entity {key: '420600'})
						RETURN e.name AS name, e.code AS code, e.aliases AS aliases,
						       [(d:Document)-[:MENTIONS]->(e) WHERE d.key IN $docs | d.key] AS documents""",
						Map.of("docs", List.of(older, newer)))
					.single();
			}
			assertThat(city.get("name").asString()).isEqualTo("襄阳市");
			assertThat(city.get("code").asString()).isEqualTo("420600");
			assertThat(city.get("aliases").asList(Value::asString)).contains("襄樊市");
			assertThat(city.get("documents").asList(Value::asString)).containsExactlyInAnyOrder(older, newer);
		}
		finally {
			docs.removeAll(this.writer);
		}
	}

	private void write(RunScopedDocuments docs, String name, String text) {
		docs.written(name);
		this.writer.write(new DocumentSource(name, name, name + "-v1", "text", text.length()),
				SharedExtractor.INSTANCE.extract(name, text), false);
	}

}
