package org.coopgraph.bench.bulk;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NodeIdsTests {

	@Test
	void findsEveryIdByItsKeyAmongManySimilarKeys() {
		int count = 100_000;
		NodeIds ids = new NodeIds(count);
		for (int i = 0; i < count; i++) {
			ids.put("无锡市第" + i + "产业园", 1_000_000L + i);
		}
		for (int i = 0; i < count; i++) {
			assertThat(ids.get("无锡市第" + i + "产业园")).isEqualTo(1_000_000L + i);
		}
	}

	@Test
	void refusesAKeyThatIsAlreadyThere() {
		NodeIds ids = new NodeIds(3);
		ids.put("宿迁市", 1);
		assertThatThrownBy(() -> ids.put("宿迁市", 2)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("宿迁市");
	}

	@Test
	void refusesAnUnknownKeyNamingIt() {
		NodeIds ids = new NodeIds(1);
		ids.put("宿迁市", 1);
		assertThatThrownBy(() -> ids.get("苏州市")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("苏州市");
	}

	@Test
	void refusesMoreKeysThanExpected() {
		NodeIds ids = new NodeIds(2);
		ids.put("宿迁市", 1);
		ids.put("苏州市", 2);
		assertThatThrownBy(() -> ids.put("无锡市", 3)).isInstanceOf(IllegalArgumentException.class);
	}

}
